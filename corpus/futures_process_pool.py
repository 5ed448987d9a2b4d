"""ProcessPoolExecutor: submit() with result(), one task raising ValueError, then map()."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def cube(x):
    time.sleep(0.05)
    if x == 2:
        raise ValueError("two is not allowed")
    return x ** 3


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futures = [ex.submit(cube, x) for x in range(4)]
        for f in futures:
            try:
                print("result", f.result())
            except ValueError as e:
                print("raised", repr(e))
        print("map:", list(ex.map(cube, [5, 6, 7])))
