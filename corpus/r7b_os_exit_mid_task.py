# A worker calls os._exit(3) in the middle of a task: Pool (get with timeout) and ProcessPoolExecutor.
import multiprocessing as mp
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def task(n):
    time.sleep(0.1)
    if n == 2:
        os._exit(3)
    return n * 2


if __name__ == "__main__":
    pool = mp.Pool(2)
    results = [pool.apply_async(task, (i,)) for i in range(4)]
    for i, r in enumerate(results):
        try:
            print("pool", i, r.get(timeout=2))
        except mp.TimeoutError:
            print("pool", i, "timed out")
    pool.terminate()
    pool.join()

    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(task, i) for i in range(4)]
        for i, f in enumerate(futs):
            try:
                print("executor", i, f.result())
            except BrokenProcessPool as e:
                print("executor", i, "BrokenProcessPool")
