"""functools.lru_cache on a function called by Pool workers: each worker process has its own
cache, so the same argument is computed once per worker, not once per program."""
import functools
import multiprocessing as mp
import os
import sys
import time


@functools.lru_cache(maxsize=None)
def slow_square(n):
    time.sleep(0.1)
    return n * n


def task(n):
    value = slow_square(n % 3)
    return os.getpid(), slow_square.cache_info().misses, value


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        out = pool.map(task, range(9), chunksize=1)
    misses = {}
    for pid, m, _ in out:
        misses[pid] = max(misses.get(pid, 0), m)
    print("values:", [v for _, _, v in out])
    print("cache misses per worker:", sorted(misses.values()), "total", sum(misses.values()))
