#!/usr/bin/env python3
"""A strict reader of Chrome's Trace Event format (JSON), for mp-tutor's Perfetto export.

Checks what the format's documentation and Perfetto's JSON importer require, more strictly than the
viewers do (they silently drop what is wrong):

- the file is one JSON object with a `traceEvents` array (no NaN/Infinity, no raw control characters);
- every event has a known `ph` and the fields that phase needs: `name`, `ph`, `ts` (µs, >= 0), `pid`, `tid`;
  `X` a `dur` >= 0; instants a scope `s` of t/p/g; `C` numeric `args`; async `b`/`e` and flows `s`/`t`/`f`
  a `cat` and an `id`; `M` one of the known metadata names with its `args`;
- slices of one thread nest: `B`/`E` pair up in stack order, `X` slices are disjoint or contain one another;
- async `b`/`e` pair up by (cat, id, name);
- flows (`s`, `t`…, `f` sharing cat, id and name) have exactly one start and one finish, in time order, and
  each binds to a slice: `s` and `t` to the slice enclosing their time on their thread, `f` with `bp:"e"` to
  its enclosing slice, without `bp` to the next slice that begins on its thread;
- every thread and process that has events is named by `thread_name` / `process_name` metadata.

Usage: check_trace_events.py FILE [--expect-flows N] [--quiet]   (exit 1 and a list of problems if invalid)
"""
import bisect
import json
import sys
from collections import defaultdict

PHASES = set("BEXiICbnestfMPONDSTpFRc()")
USED_PHASES = set("BEXiICbestfM")
METADATA = {"process_name", "thread_name", "process_sort_index", "thread_sort_index", "process_labels"}


def reject_constant(name):
    raise ValueError("non-standard JSON constant " + name)


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")  # strict: invalid UTF-8 raises
    return json.loads(text, parse_constant=reject_constant)


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


class Checker:
    def __init__(self, doc):
        self.problems = []
        self.doc = doc
        self.flows = 0
        self.slices = 0

    def fail(self, index, message):
        if len(self.problems) < 50:
            self.problems.append("event %d: %s" % (index, message))

    def run(self):
        doc = self.doc
        if not isinstance(doc, dict) or not isinstance(doc.get("traceEvents"), list):
            self.problems.append("top level must be an object with a traceEvents array")
            return
        if "displayTimeUnit" in doc and doc["displayTimeUnit"] not in ("ms", "ns"):
            self.problems.append("displayTimeUnit must be ms or ns")
        events = doc["traceEvents"]
        threads = defaultdict(list)  # (pid, tid) -> [(start, end, index)]
        open_b = defaultdict(list)
        asyncs = {}
        flows = defaultdict(list)
        named_threads, named_processes, used_threads = set(), set(), set()
        for i, e in enumerate(events):
            if not isinstance(e, dict):
                self.fail(i, "not an object")
                continue
            ph = e.get("ph")
            if ph not in PHASES:
                self.fail(i, "unknown ph %r" % (ph,))
                continue
            if ph not in USED_PHASES:
                self.fail(i, "phase %r is deprecated or not one this reader accepts" % ph)
                continue
            if not isinstance(e.get("name"), str):
                self.fail(i, "name must be a string")
            if not is_int(e.get("pid")):
                self.fail(i, "pid must be an integer")
                continue
            if ph == "M":
                self.metadata(i, e, named_threads, named_processes)
                continue
            if not is_int(e.get("tid")):
                self.fail(i, "tid must be an integer")
                continue
            ts = e.get("ts")
            if not is_number(ts) or ts < 0:
                self.fail(i, "ts must be a number of microseconds >= 0")
                continue
            # Compared in whole nanoseconds: the format's µs are decimal, binary floats are not.
            ts = round(ts * 1000)
            if "args" in e and not isinstance(e["args"], dict):
                self.fail(i, "args must be an object")
            key = (e["pid"], e["tid"])
            used_threads.add(key)
            if "cat" in e and not isinstance(e["cat"], str):
                self.fail(i, "cat must be a string")
            if ph == "X":
                dur = e.get("dur")
                if not is_number(dur) or dur < 0:
                    self.fail(i, "X needs dur >= 0")
                    continue
                threads[key].append((ts, ts + round(dur * 1000), i))
            elif ph == "B":
                open_b[key].append((ts, i))
            elif ph == "E":
                if not open_b[key]:
                    self.fail(i, "E without an open B on its thread")
                else:
                    start, j = open_b[key].pop()
                    if ts < start:
                        self.fail(i, "E before its B")
                    threads[key].append((start, ts, j))
            elif ph in "iI":
                if e.get("s", "t") not in ("t", "p", "g"):
                    self.fail(i, "instant scope s must be t, p or g")
            elif ph == "C":
                args = e.get("args")
                if not isinstance(args, dict) or not args or not all(is_number(v) for v in args.values()):
                    self.fail(i, "C needs args with numeric values only")
            elif ph in "be":
                if not self.has_cat_id(i, e):
                    continue
                akey = (e["cat"], str(e["id"]), e["name"], e["pid"])
                if ph == "b":
                    if akey in asyncs:
                        self.fail(i, "async b reuses an open (cat, id, name)")
                    asyncs[akey] = ts
                else:
                    start = asyncs.pop(akey, None)
                    if start is None:
                        self.fail(i, "async e without its b")
                    elif ts < start:
                        self.fail(i, "async e before its b")
            elif ph in "stf":
                if not self.has_cat_id(i, e):
                    continue
                if "bp" in e and (ph != "f" or e["bp"] != "e"):
                    self.fail(i, "bp is only defined as \"e\" on f events")
                flows[(e["cat"], str(e["id"]), e["name"])].append((ts, ph, key, e.get("bp"), i))
        for key, stack in open_b.items():
            for _, i in stack:
                self.fail(i, "B never ended")
        for akey in asyncs:
            self.problems.append("async slice %r never ended" % (akey,))
        self.nesting(threads)
        self.check_flows(flows, threads)
        for key in sorted(used_threads - named_threads):
            self.problems.append("thread %r has events but no thread_name metadata" % (key,))
        for pid in sorted({p for p, _ in used_threads} - named_processes):
            self.problems.append("process %r has events but no process_name metadata" % pid)

    def has_cat_id(self, i, e):
        ok = isinstance(e.get("cat"), str) and (is_int(e.get("id")) or isinstance(e.get("id"), str))
        if not ok:
            self.fail(i, "%s needs cat and id" % e.get("ph"))
        return ok

    def metadata(self, i, e, named_threads, named_processes):
        name, args = e.get("name"), e.get("args")
        if name not in METADATA:
            self.fail(i, "unknown metadata name %r" % (name,))
            return
        if not isinstance(args, dict):
            self.fail(i, "metadata needs args")
            return
        if name.endswith("_name"):
            if not isinstance(args.get("name"), str) or not args["name"]:
                self.fail(i, "%s needs args.name" % name)
                return
        if name.endswith("_sort_index") and not is_int(args.get("sort_index")):
            self.fail(i, "%s needs an integer args.sort_index" % name)
        if name.startswith("thread_"):
            if not is_int(e.get("tid")):
                self.fail(i, "thread metadata needs a tid")
                return
            if name == "thread_name":
                named_threads.add((e["pid"], e["tid"]))
        elif name == "process_name":
            named_processes.add(e["pid"])

    def nesting(self, threads):
        for key, slices in threads.items():
            slices.sort(key=lambda s: (s[0], -s[1]))
            self.slices += len(slices)
            stack = []
            for start, end, i in slices:
                while stack and stack[-1][1] <= start and not (stack[-1][0] == start == stack[-1][1] == end):
                    stack.pop()
                if stack and end > stack[-1][1]:
                    self.fail(i, "slice [%s, %s] crosses slice %d [%s, %s] on thread %r"
                              % (start, end, stack[-1][2], stack[-1][0], stack[-1][1], key))
                    continue
                stack.append((start, end, i))

    def check_flows(self, flows, threads):
        # Per thread: slice starts in order and the latest end among the slices begun so far, so "is some
        # slice open at ts" is one binary search.
        index = {}
        for key, slices in threads.items():
            ordered = sorted(slices)
            starts = [s[0] for s in ordered]
            reach, latest = [], -1
            for s in ordered:
                latest = max(latest, s[1])
                reach.append(latest)
            index[key] = (starts, reach)
        for fkey, steps in flows.items():
            steps.sort(key=lambda s: ({"s": 0, "t": 1, "f": 2}[s[1]], s[0]))
            starts = [s for s in steps if s[1] == "s"]
            finishes = [s for s in steps if s[1] == "f"]
            if len(starts) != 1 or len(finishes) != 1:
                self.problems.append("flow %r has %d starts and %d finishes (need one of each)" % (fkey, len(starts), len(finishes)))
                continue
            times = [s[0] for s in steps]
            if times != sorted(times):
                self.problems.append("flow %r goes back in time" % (fkey,))
            for ts, ph, key, bp, i in steps:
                begun, reach = index.get(key, ([], []))
                if ph == "f" and bp != "e":
                    if not begun or begun[-1] < ts:
                        self.fail(i, "f without bp binds to the next slice on its thread, and there is none")
                else:
                    k = bisect.bisect_right(begun, ts) - 1
                    if k < 0 or reach[k] < ts:
                        self.fail(i, "flow %s at %s has no enclosing slice on thread %r to bind to" % (ph, ts, key))
            self.flows += 1


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    expect = None
    if "--expect-flows" in argv:
        expect = int(argv[argv.index("--expect-flows") + 1])
    paths = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--expect-flows")]
    if len(paths) != 1:
        print("give one trace file")
        return 2
    path = paths[0]
    try:
        doc = load(path)
    except (ValueError, UnicodeDecodeError) as error:
        print("%s: not valid JSON: %s" % (path, error))
        return 1
    checker = Checker(doc)
    checker.run()
    if expect is not None and checker.flows != expect:
        checker.problems.append("expected %d flows, found %d" % (expect, checker.flows))
    if checker.problems:
        print("%s: INVALID" % path)
        for p in checker.problems:
            print("  " + p)
        return 1
    if "--quiet" not in argv:
        print("%s: valid: %d events, %d slices, %d flows" % (path, len(doc["traceEvents"]), checker.slices, checker.flows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
