"""A ProcessPoolExecutor worker dies (os._exit): every pending future fails with BrokenProcessPool."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import time


def maybe_die(x):
    time.sleep(0.05)
    if x == 1:
        os._exit(1)
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    ex = cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    futures = [ex.submit(maybe_die, x) for x in range(4)]
    for f in futures:
        try:
            print("result", f.result())
        except cf.process.BrokenProcessPool as e:
            print("broken:", type(e).__name__)
    ex.shutdown()
