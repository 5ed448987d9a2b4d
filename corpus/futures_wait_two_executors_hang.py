"""concurrent.futures.wait() over the futures of two ProcessPoolExecutors; work item 0 of the second never
finishes. The hang explanation must name that executor and the worker that holds the item (work numbers are per
executor: both executors have a work item 0)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def quick(x):
    return x + 1


def stuck(x):
    time.sleep(60)          # never finishes before the watchdog
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    a = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    b = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    futures = [a.submit(quick, 1), b.submit(stuck, 2)]
    done, not_done = cf.wait(futures)
    print(len(done), len(not_done))
