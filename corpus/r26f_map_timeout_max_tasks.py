"""executor.map(fn, items, timeout=1.0) on a spawn-context pool with max_tasks_per_child=10 (not reached:
with a lower limit 3.11 may leave a retired worker unreplaced and hang); the slow item makes the iteration
raise TimeoutError midway; the with-block then waits for what is still running."""
import concurrent.futures
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def resize(n):
    time.sleep(1.8 if n == 4 else 0.05)
    return (n, os.getpid())


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    got = []
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx, max_tasks_per_child=10) as ex:
        try:
            for n, pid in ex.map(resize, range(7), timeout=1.0):
                got.append(n)
                print("resized", n)
        except concurrent.futures.TimeoutError:
            print("map() timed out after", len(got), "results")
    print("results before the timeout:", got)
