"""as_completed() waits for a work item that never finishes: the hang names as_completed() and the worker running it."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def work(x):
    if x == 2:
        time.sleep(60)      # never finishes before the watchdog
    return x * x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    ex = cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    futures = [ex.submit(work, x) for x in range(3)]
    for f in cf.as_completed(futures):
        print("got", f.result(), flush=True)
