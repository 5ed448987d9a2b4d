"""A batch script whose program-wide start method is the one given on the command line, but whose executor is told to
use 'spawn' (mp_context=get_context("spawn")) and to replace each worker after one task (max_tasks_per_child=1, new in
3.11), as people do to stop a leaky library growing. It prints how many distinct worker pids served 5 tasks."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys


def leaky_task(n):
    global _cache
    try:
        _cache.append(n)
    except NameError:
        _cache = [n]
    return n, os.getpid(), len(_cache)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("spawn"), max_tasks_per_child=1) as ex:
        rows = list(ex.map(leaky_task, range(5)))
    pids = {pid for _, pid, _ in rows}
    print("tasks:", [n for n, _, _ in rows])
    print("cache sizes:", [c for _, _, c in rows])
    print(f"{len(pids)} distinct workers for {len(rows)} tasks")
