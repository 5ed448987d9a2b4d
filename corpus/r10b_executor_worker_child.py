"""A ProcessPoolExecutor work item starts a Process of its own (allowed: since 3.9 the executor's workers are
not daemons) and joins it; the same from a Pool task fails (a Pool's workers are daemons)."""
import multiprocessing as mp
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def helper(n):
    print(f"helper {n} in pid {os.getpid()}, parent {os.getppid()}", flush=True)


def task(n):
    p = mp.Process(target=helper, args=(n,), name=f"Helper-{n}")
    p.start()
    p.join()
    return (os.getpid(), p.exitcode)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with ProcessPoolExecutor(max_workers=2) as ex:
        print("executor:", list(ex.map(task, [1, 2])), flush=True)
    with mp.Pool(1) as pool:
        try:
            pool.apply(task, (3,))
        except AssertionError as e:
            print("pool:", e, flush=True)
