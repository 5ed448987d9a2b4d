"""max_tasks_per_child (new in 3.11) as users first try it: with the 'fork' context the constructor
raises ValueError (max_tasks_per_child is incompatible with fork), and the program falls back to
'spawn'. Under spawn and forkserver it runs: a worker leaves after two work items and a new one
takes its place, so four work items on one worker are run by two processes."""
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def whoami(i):
    return i, os.getpid()


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    try:
        ex = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context(method),
                                 max_tasks_per_child=2)
    except ValueError as e:
        print("ValueError:", e, flush=True)
        ex = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                 max_tasks_per_child=2)
    with ex:
        pids = [ex.submit(whoami, i).result()[1] for i in range(4)]
    print("work items 0-1 same process:", pids[0] == pids[1], flush=True)
    print("work items 1-2 same process:", pids[1] == pids[2], flush=True)
    print("processes used:", len(set(pids)), flush=True)
