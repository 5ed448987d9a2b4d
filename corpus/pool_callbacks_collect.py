"""apply_async with a callback that collects results into a list, like many tutorials."""
from multiprocessing import Pool
import time

results = []


def collect(r):
    results.append(r)


def work(x):
    time.sleep(0.05 * (x % 3))
    return x * 10


if __name__ == "__main__":
    pool = Pool(3)
    for i in range(7):
        pool.apply_async(work, args=(i,), callback=collect)
    pool.close()
    pool.join()
    print(sorted(results))
