"""multiprocessing.pool.ThreadPool: the same API with threads of one process."""
import sys
import time
from multiprocessing.pool import ThreadPool


def fetch(n):
    time.sleep(0.05)
    return n * 2


if __name__ == "__main__":
    with ThreadPool(3) as pool:
        print(pool.map(fetch, range(7)))
        print(pool.apply_async(fetch, (100,)).get())
