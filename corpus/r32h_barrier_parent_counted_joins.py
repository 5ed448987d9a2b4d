"""Three loaders meet at a Barrier before switching to phase two; the Barrier counts the parent as a party
(4 = 3 workers + "me"), but the parent joins the workers before its own wait().

The workers' wait(timeout=2) breaks the barrier (BrokenBarrierError in all three); the parent's wait() after
the joins raises at once: the barrier is broken, and abort()/reset() came too late to help.
"""
import multiprocessing as mp
import sys
import threading
import time


def loader(barrier, name, delay):
    time.sleep(delay)
    print(f"{name}: phase one done", flush=True)
    try:
        barrier.wait(timeout=2)
        print(f"{name}: phase two", flush=True)
    except threading.BrokenBarrierError:
        print(f"{name}: barrier broken, giving up", flush=True)
        sys.exit(4)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    barrier = ctx.Barrier(4)                        # 3 loaders + the parent
    procs = [ctx.Process(target=loader, args=(barrier, f"L{i}", 0.1 * i)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("exit codes:", [p.exitcode for p in procs], "broken:", barrier.broken)
    try:
        barrier.wait(timeout=1)
    except threading.BrokenBarrierError:
        print("parent: BrokenBarrierError at once")
    barrier.reset()
    print("after reset: broken =", barrier.broken, "waiting =", barrier.n_waiting)
