"""max_workers=1: the work items run one after another in one process; map(chunksize=3, timeout=5) returns in order."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import time


def step(i):
    time.sleep(0.02)
    return i, os.getpid()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        pids = set()
        t0 = time.perf_counter()
        for i, pid in ex.map(step, range(9), chunksize=3, timeout=5):
            pids.add(pid)
        print("9 items in", len(pids), "process(es), serial")
        print("took at least 0.18 s:", time.perf_counter() - t0 >= 0.18)
