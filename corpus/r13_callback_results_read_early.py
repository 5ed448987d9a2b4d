"""Collecting apply_async() results through a callback into a list, and reading the list too early:
right after the submitting loop most results have not arrived yet (the callbacks run later, in the
pool's result-handler thread of the parent). After close() and join() the list is complete, in
completion order, not submission order."""
import multiprocessing as mp
import sys
import time

results = []


def collect(r):
    results.append(r)


def slow_square(x):
    time.sleep(0.1 * (5 - x))
    return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    for i in range(6):
        pool.apply_async(slow_square, args=(i,), callback=collect)
    print("right after the loop:", len(results), "results", flush=True)
    pool.close()
    pool.join()
    print("after join:", len(results), "results, sorted", sorted(results), flush=True)
