"""Two executors in one run, a ProcessPoolExecutor and a ThreadPoolExecutor, each numbering its own work items
from 0; a third executor (a second ProcessPoolExecutor) after the first one is shut down."""
import sys
import time
import concurrent.futures as cf
import multiprocessing as mp


def square(x):
    time.sleep(0.05)
    return x * x


def fetch(name):
    time.sleep(0.05)
    return name.upper()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as procs, cf.ThreadPoolExecutor(max_workers=2) as threads:
        a = [procs.submit(square, n) for n in range(3)]
        b = [threads.submit(fetch, s) for s in ("x", "y")]
        print("squares:", [f.result() for f in a])
        print("fetched:", [f.result() for f in b])
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as more:
        print("more:", list(more.map(square, [5, 6])))
