"""Each ProcessPoolExecutor work item runs a ThreadPoolExecutor of three threads (I/O-style fan-out in a worker)."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import time


def fetch(part):
    time.sleep(0.05)
    return part * 2


def batch(name):
    with cf.ThreadPoolExecutor(max_workers=3) as tp:
        parts = list(tp.map(fetch, range(3)))
    return name, sum(parts), os.getpid()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        futs = {ex.submit(batch, name): name for name in ("a", "b", "c")}
        for f in cf.as_completed(futs, timeout=10):
            name, total, _pid = f.result()
            print(name, total)
