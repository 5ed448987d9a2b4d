"""max_tasks_per_child=2 (3.11): fork refuses it (ValueError); under spawn/forkserver each worker
ends after two work items and a new one is started. Then an executor whose initializer raises:
BrokenProcessPool from result(), exception() returns it, and submit() after it raises."""
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def pid(_):
    return os.getpid()


def bad_init(name):
    raise RuntimeError(f"cannot open {name}")


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    try:
        ex = ProcessPoolExecutor(max_workers=1, mp_context=ctx, max_tasks_per_child=2)
    except ValueError as e:
        print("refused:", e)
        ex = ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    with ex:
        pids = [ex.submit(pid, i).result() for i in range(4)]
    print("distinct workers:", len(set(pids)))
    ex2 = ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=bad_init, initargs=("db",))
    f = ex2.submit(pid, 0)
    print("exception():", type(f.exception()).__name__)
    try:
        f.result()
    except BrokenProcessPool as e:
        print("result() raised:", e)
    try:
        ex2.submit(pid, 1)
    except BrokenProcessPool as e:
        print("submit after:", e)
    ex2.shutdown()
