"""process-states: more runnable processes than CPUs. Each process is running, ready (runnable but
waiting for a CPU) or blocked (waiting for something else); mp-tutor reads these states from the OS.

Run by `mp-tutor lesson process-states` (it samples /proc while the demo runs); on its own:
python3 demo.py --workers 4 --cpu 0.4
"""
import argparse
import os
import time
from multiprocessing import Process, Queue, current_process


def spin(cpu_seconds):
    """CPU-bound: burn exactly `cpu_seconds` of this process's own CPU time, never waiting for anything."""
    start_cpu, start_wall = time.process_time(), time.monotonic()
    n = 0
    while time.process_time() - start_cpu < cpu_seconds:
        n += 1
    wall = time.monotonic() - start_wall
    print(f"{current_process().name}: used {cpu_seconds:.2f} s of CPU in {wall:.2f} s of wall time "
          f"(ready, waiting for a CPU, for about {max(0.0, wall - cpu_seconds):.2f} s)")


def sleep_for(seconds):
    """Blocked on a timer: asks the OS to wake it later; needs no CPU meanwhile."""
    time.sleep(seconds)
    print(f"{current_process().name}: woke up after {seconds} s of sleep")


def wait_for_item(q):
    """Blocked on I/O: waits in get() until the main process puts something on the queue."""
    item = q.get()
    print(f"{current_process().name}: received {item!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=4, help="CPU-bound processes (spinners)")
    parser.add_argument("--cpu", type=float, default=0.4, help="seconds of CPU time each spinner needs")
    parser.add_argument("--cpus", type=int, default=2, help="CPUs the demo's processes may use")
    parser.add_argument("--sleep", type=float, default=0.8, help="seconds the Sleeper sleeps")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):  # Linux: keep the demo on `cpus` CPUs, so the picture is the same everywhere
        allowed = sorted(os.sched_getaffinity(0))[: args.cpus]
        os.sched_setaffinity(0, allowed)  # children inherit this
        print(f"the demo's processes may run on CPUs {allowed}: {args.workers} spinners "
              f"for {len(allowed)} CPUs")
    else:
        print(f"this OS cannot pin processes to CPUs; it has {os.cpu_count()} CPUs")

    q = Queue()
    waiter = Process(target=wait_for_item, args=(q,), name="Waiter")
    sleeper = Process(target=sleep_for, args=(args.sleep,), name="Sleeper")
    spinners = [Process(target=spin, args=(args.cpu,), name=f"Spinner-{n}") for n in range(1, args.workers + 1)]
    for p in [waiter, sleeper] + spinners:
        p.start()
    for p in spinners:
        p.join()
    q.put("the spinners are done")  # only now does the Waiter become runnable
    waiter.join()
    sleeper.join()
    print("main: all children have ended")


if __name__ == "__main__":
    main()
