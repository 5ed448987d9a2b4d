"""apply_async with a callback that appends to a global list (runs in the parent, so the list fills), beside a task
that appends to the same global list inside the worker (a copy: the parent's list never sees it). Results arrive in
finishing order, not submission order: the longest sleep was submitted first."""
import multiprocessing as mp
import sys
import time

RESULTS = []


def work(i):
    time.sleep(0.3 - 0.1 * i)
    RESULTS.append(("in worker", i))
    return i * i


def collect(r):
    RESULTS.append(r)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(3)
    for i in range(3):
        pool.apply_async(work, (i,), callback=collect)
    pool.close()
    pool.join()
    print("collected:", RESULTS, flush=True)
