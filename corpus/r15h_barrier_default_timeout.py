"""Barrier(3, timeout=1.0): the constructor's timeout applies to every wait(); only two workers come, the third
party was meant to be the parent, which joins them first: each worker's wait() times out and breaks the barrier
(BrokenBarrierError, exit code 1), and the parent's own wait() then raises at once
(https://docs.python.org/3/library/threading.html#barrier-objects: "timeout is the default timeout value if none
is specified for the wait() method")."""
import multiprocessing as mp
import sys
import threading


def worker(barrier, n):
    print(f"worker {n} waiting", flush=True)
    barrier.wait()
    print(f"worker {n} passed", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    barrier = mp.Barrier(3, timeout=1.0)
    ps = [mp.Process(target=worker, args=(barrier, n)) for n in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("exit codes", [p.exitcode for p in ps], flush=True)
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        print("parent: the barrier is broken", flush=True)
