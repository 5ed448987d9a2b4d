"""executor.map with functools.partial to fix an argument, and chunksize=4 for 10 items: the
items go out in chunks of 4, 4 and 2, and map() yields results in input order."""
import concurrent.futures as cf
import functools
import multiprocessing as mp
import sys
import time


def scale(x, factor):
    time.sleep(0.05)
    return x * factor


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        out = list(ex.map(functools.partial(scale, factor=3), range(10), chunksize=4))
    print(out)
