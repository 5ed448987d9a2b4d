"""ProcessPoolExecutor.map(timeout=) raises TimeoutError; shutdown(cancel_futures=True) drops what has not started."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def nap(x):
    time.sleep(0.3)
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    got = []
    try:
        for r in ex.map(nap, range(8), timeout=0.5):
            got.append(r)
    except cf.TimeoutError:
        print("map timed out after", got)
    ex.shutdown(wait=True, cancel_futures=True)
    print("shut down")
