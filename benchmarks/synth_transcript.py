#!/usr/bin/env python3
"""Writes a synthetic mp-tutor transcript of about N events, for measuring the exports on big runs.

The run it describes is plausible, not recorded: a main process with a Pool of W workers that runs
tasks (submit, start, end, result, callback), a Queue that a producer fills and the workers drain, and a
Lock that every task takes for a moment. Times advance 20 µs per event. It is labelled synthetic in its
header (`command`), so nobody mistakes it for a run.

Usage: synth_transcript.py N OUT.jsonl [--workers W]
"""
import json
import sys


def main(argv):
    total = int(argv[0])
    out = argv[1]
    workers = int(argv[argv.index("--workers") + 1]) if "--workers" in argv else 4
    main_pid, seq, t = 1000, 0, 0
    counts = {}
    lines = []

    def emit(pid, process, kind, thread="MainThread", obj=None, **fields):
        nonlocal seq, t
        seq += 1
        t += 20_000
        event = {"seq": seq, "t": t, "pid": pid, "ppid": main_pid if pid != main_pid else 1, "process": process,
                 "thread": thread, "kind": kind}
        if obj:
            event["object"] = obj
        event.update(fields)
        counts[kind] = counts.get(kind, 0) + 1
        lines.append(json.dumps(event, separators=(",", ":")))

    emit(main_pid, "MainProcess", "process.start", name="MainProcess", role="main", start_method="fork")
    emit(main_pid, "MainProcess", "pool.create", obj="Pool#1", processes=workers)
    emit(main_pid, "MainProcess", "queue.create", obj="Queue#1", type="Queue", maxsize=0)
    emit(main_pid, "MainProcess", "lock.create", obj="Lock#1", type="Lock")
    names = []
    for w in range(workers):
        pid = main_pid + 1 + w
        name = "ForkPoolWorker-%d" % (w + 1)
        names.append((pid, name))
        emit(main_pid, "MainProcess", "process.spawn", child_pid=pid, name=name, daemon=True)
        emit(pid, name, "process.start", name=name, role="child", start_method="fork")
    emit(main_pid, "MainProcess", "thread.start", name="Thread-3 (_handle_results)", infra=True, daemon=True)
    job = 0
    # Each task: submit, queue put, start, lock acquire/release, queue get, end, result, callback, callback end: 10 events.
    while seq < total - 3 * workers - 4:
        pid, name = names[job % workers]
        emit(main_pid, "MainProcess", "pool.submit", obj="Pool#1", job=job, method="apply_async", func="work", args=str(job), chunks=1)
        emit(main_pid, "MainProcess", "queue.put", obj="Queue#1", item=repr("item %d" % job), waited_ns=0)
        emit(pid, name, "pool.task.start", obj="Pool#1", job=job, index=0, func="work", args=str(job))
        emit(pid, name, "lock.acquire", obj="Lock#1", waited_ns=0)
        emit(pid, name, "lock.release", obj="Lock#1")
        emit(pid, name, "queue.get", obj="Queue#1", item=repr("item %d" % job), waited_ns=0)
        emit(pid, name, "pool.task.end", obj="Pool#1", job=job, index=0, ok=True, result=str(job * job))
        emit(main_pid, "MainProcess", "pool.result", obj="Pool#1", job=job, index=0, thread="Thread-3 (_handle_results)")
        emit(main_pid, "MainProcess", "pool.callback", obj="Pool#1", job=job, thread="Thread-3 (_handle_results)")
        emit(main_pid, "MainProcess", "pool.callback.end", obj="Pool#1", job=job, thread="Thread-3 (_handle_results)")
        job += 1
    for pid, name in names:
        emit(pid, name, "process.exit", exitcode=0)
        emit(main_pid, "MainProcess", "process.reaped", child_pid=pid, name=name, exitcode=0)
    emit(main_pid, "MainProcess", "process.exit", exitcode=0)
    header = {"format": "mp-tutor-transcript", "version": 1, "lesson": None, "variant": None,
              "command": ["synthetic-benchmark-run", str(total)], "python": "3.11.7", "start_method": "fork",
              "platform": "linux", "cpus": 2, "mptutor_version": "0.1.0", "recorded_at": "2026-12-03T00:00:00Z",
              "parameters": {}}
    trailer = {"trailer": True, "complete": True, "event_count": seq, "counts": counts, "lost_events": 0,
               "silent_processes": [], "run": {"exit_code": 0, "signal": None, "timed_out": False, "interrupted": False,
                                               "timeout_seconds": 60.0, "duration_ns": t + 1000, "leftover_pids": []}}
    with open(out, "w") as f:
        f.write(json.dumps(header) + "\n")
        for line in lines:
            f.write(line + "\n")
        f.write(json.dumps(trailer) + "\n")
    print("%s: %d events" % (out, seq))


if __name__ == "__main__":
    main(sys.argv[1:])
