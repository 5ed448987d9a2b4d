"""cpu-scheduling: the simulator's four jobs (A:0:8, B:1:4, C:2:9, D:3:5) as REAL processes on 2 CPUs,
scheduled by the Linux kernel. One tick of the simulator becomes --tick seconds of CPU time here.

Run by `mp-tutor lesson cpu-scheduling`; it also runs on its own: python3 demo.py --tick 0.05
"""
import argparse
import os
import time
from multiprocessing import Process, Queue

JOBS = [("A", 0, 8), ("B", 1, 4), ("C", 2, 9), ("D", 3, 5)]  # name, arrival tick, burst in ticks


def job(name, cpu_seconds, t0, results):
    """Burn `cpu_seconds` of this process's own CPU time, then report when it started and finished."""
    started = time.monotonic() - t0
    begin = time.process_time()
    while time.process_time() - begin < cpu_seconds:
        pass
    finished = time.monotonic() - t0
    print(f"Job-{name}: needed {cpu_seconds:.2f} s of CPU; arrived {started:.2f} s, finished {finished:.2f} s")
    results.put((name, round(started, 3), round(finished, 3), cpu_seconds))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tick", type=float, default=0.05, help="seconds of CPU per tick of the simulator")
    parser.add_argument("--cpus", type=int, default=2, help="CPUs the jobs may use")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        allowed = sorted(os.sched_getaffinity(0))[: args.cpus]
        os.sched_setaffinity(0, allowed)
        print(f"4 jobs on CPUs {allowed}, scheduled by the kernel; 1 tick = {args.tick} s of CPU")
    results = Queue()
    t0 = time.monotonic()
    procs = []
    for name, arrival, burst in JOBS:
        delay = t0 + arrival * args.tick - time.monotonic()
        if delay > 0:
            time.sleep(delay)  # the job "arrives" at its tick
        p = Process(target=job, args=(name, burst * args.tick, t0, results), name=f"Job-{name}")
        p.start()
        procs.append(p)
    rows = sorted(results.get() for _ in procs)  # receive before join
    for p in procs:
        p.join()

    print("measured here (seconds):  job  arrived  finished  turnaround  waiting (turnaround - CPU)")
    for name, started, finished, cpu in rows:
        print(f"  Job-{name}  {started:7.2f}  {finished:8.2f}  {finished - started:10.2f}  {finished - started - cpu:7.2f}")
    order = [name for name, *_ in sorted(rows, key=lambda r: r[2])]
    print(f"finishing order: {' '.join(order)}  (FCFS on one CPU would give A B C D)")


if __name__ == "__main__":
    main()
