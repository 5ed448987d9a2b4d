"""pool-map, changed: the learner runs the same 200 small tasks with chunksize=1 and chunksize=100 and
counts how many each worker did."""
import collections
import multiprocessing as mp
import os
import sys
import time


def cube(n):
    return n * n * n, os.getpid()


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        for chunksize in (1, 100):
            start = time.monotonic()
            results = pool.map(cube, range(200), chunksize=chunksize)
            per_worker = collections.Counter(pid for _, pid in results)
            print(f"chunksize={chunksize}: sum {sum(v for v, _ in results)}, "
                  f"{len(per_worker)} workers did {sorted(per_worker.values())} tasks, {time.monotonic() - start:.2f} s")


if __name__ == "__main__":
    main()
