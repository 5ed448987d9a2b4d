#!/usr/bin/env python3
"""Lists committed spawn/forkserver recordings whose child has rows before its `process.start` but no `process.boot`.

    python3 scripts/scan_boot_rows.py            # scans corpus/transcripts/ and transcripts/
    python3 scripts/scan_boot_rows.py FILE ...   # scans these files

Since gaps 21B the tracer writes `process.boot` first in a spawn or forkserver child whose import of the main
module (inside `spawn.prepare()`, before `Process._bootstrap` stamps `process.start`) recorded anything: the
boot row is what explains those earlier rows. A recording made before that has the rows and not the boot row;
it gains it only when re-recorded. Exits 1 and names each such file (and the child) when any is found.

Not every row before `process.start` is the import's: after `prepare()`, `spawn._main` unpickles the Process
object (`self = reduction.pickle.load(from_parent)`), and that writes rows too: a Connection argument's
`pipe.unpickled`, a SharedMemory/ShareableList argument's `shm.attach` (no `site`: no line of the program made
it), or, when the unpickling fails, the child's stderr traceback through that line. No boot row is owed for
those (rerecord 22: 22 of the 36 recordings gaps 21B's scan named had only such rows, and 4 more only the rows
of a `python -c` run by `subprocess`, not a multiprocessing child). Standard library only.
"""
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lacking(path):
    """The children in `path` with an event before their `process.start` and no `process.boot`.

    A child is a process the record shows multiprocessing starting (a `process.spawn`'s `child_pid`, or a pid with a
    `process.start`): a `python -c` that a worker ran with `subprocess` is traced too, has no `process.start` and goes
    through no `spawn.prepare()`, so no boot row is owed for it.
    """
    with open(path, encoding="utf-8") as f:
        header = json.loads(f.readline() or "{}")
        if header.get("start_method") not in ("spawn", "forkserver"):
            return []
        events = [json.loads(line) for line in f if line.strip()]
    events = [e for e in events if not e.get("trailer") and "pid" in e]
    children = {e.get("child_pid") for e in events if e.get("kind") == "process.spawn"}
    children |= {e["pid"] for e in events if e.get("kind") == "process.start" and e.get("role") != "main"}
    started, booted, early = set(), set(), {}
    for event in events:
        pid, kind = event["pid"], event.get("kind")
        if kind == "process.boot":
            booted.add(pid)
        elif kind == "process.start":
            started.add(pid)
        elif pid in children and pid not in started:
            early.setdefault(pid, []).append(event)
    return [f"{rows[0].get('process')} (pid {pid})" for pid, rows in early.items()
            if pid not in booted and any(not unpickling(row) for row in rows if row not in unpickling_traceback(rows))]


def unpickling(event):
    """A row the unpickling of the Process object writes (not the import's)."""
    kind = event.get("kind", "")
    return kind.endswith(".unpickled") or (kind == "shm.attach" and not event.get("site"))


def unpickling_traceback(rows):
    """The child's stderr rows from the traceback of a failed unpickling of its Process object onward, if any."""
    lines = [row for row in rows if row.get("kind") == "print" and row.get("stream") == "stderr"]
    if not any("reduction.pickle.load(from_parent)" in row.get("text", "") for row in lines):
        return []
    starts = [i for i, row in enumerate(lines) if row.get("text", "").startswith("Traceback (most recent call last)")]
    return lines[starts[0]:] if starts else []


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "corpus", "transcripts", "*.jsonl"))
                                   + glob.glob(os.path.join(ROOT, "transcripts", "*.jsonl")))
    found = 0
    for path in paths:
        children = lacking(path)
        if children:
            found += 1
            print(f"{os.path.relpath(path, ROOT)}: {', '.join(children)}")
    print(f"{found} of {len(paths)} recordings have a child's rows before its start and no boot row", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
