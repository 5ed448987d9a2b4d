"""Executor.map's iterator closed after its first result while work item 1 is still running in a worker:
the iterator's finally calls cancel() on the items left; the running one's returns False (it runs on),
the pending ones' True. Then max_workers=6 under spawn/forkserver: workers start one per submit() while
none is idle, so fewer than six start."""
import sys
import time
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def slow(x):
    time.sleep(0.3 if x else 0.05)
    return x * x


def quick(x):
    time.sleep(0.2)
    return -x


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        it = ex.map(slow, [0, 1, 2, 3, 4])
        print("first:", next(it))
        time.sleep(0.05)
        it.close()
        print("closed the map's iterator")
    with ProcessPoolExecutor(max_workers=6, mp_context=ctx) as ex:
        first = [ex.submit(quick, i) for i in range(3)]
        print("first three:", [f.result() for f in first])
        later = [ex.submit(quick, i) for i in range(3, 6)]
        print("later three:", [f.result() for f in later])
