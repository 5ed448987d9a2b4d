"""ProcessPoolExecutor.map with chunksize=4 over 10 items: work items are chunks of items."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys


def cube(x):
    return x ** 3


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        print(list(ex.map(cube, range(10), chunksize=4)))
