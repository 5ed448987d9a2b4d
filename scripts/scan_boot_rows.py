#!/usr/bin/env python3
"""Lists committed spawn/forkserver recordings whose child has rows before its `process.start` but no `process.boot`.

    python3 scripts/scan_boot_rows.py            # scans corpus/transcripts/ and transcripts/
    python3 scripts/scan_boot_rows.py FILE ...   # scans these files

Since gaps 21B the tracer writes `process.boot` first in a spawn or forkserver child whose import of the main
module (inside `spawn.prepare()`, before `Process._bootstrap` stamps `process.start`) recorded anything: the
boot row is what explains those earlier rows. A recording made before that has the rows and not the boot row;
it gains it only when re-recorded. Exits 1 and names each such file (and the child) when any is found.
Standard library only.
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
            early.setdefault(pid, event.get("process"))
    return [f"{name} (pid {pid})" for pid, name in early.items() if pid not in booted]


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
