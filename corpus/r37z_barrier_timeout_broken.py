"""Three runners meet at a Barrier of three parties with a 1 s timeout; one runner is slow (it sleeps 3 s), so the
other two time out: the first to time out breaks the barrier, both get BrokenBarrierError, and the slow one, arriving
late, finds it broken too. Each prints what happened; the parent prints the exit codes."""
import multiprocessing as mp
import sys
import threading
import time


def runner(name, barrier, delay):
    time.sleep(delay)
    try:
        barrier.wait(timeout=1.0)
        print(f"{name}: passed the barrier", flush=True)
    except threading.BrokenBarrierError:
        print(f"{name}: the barrier is broken", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    barrier = ctx.Barrier(3)
    procs = [ctx.Process(target=runner, args=(n, barrier, d), name=n)
             for n, d in (("fast", 0.0), ("medium", 0.2), ("slow", 3.0))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("exit codes", [p.exitcode for p in procs])
    print("broken:", barrier.broken)
