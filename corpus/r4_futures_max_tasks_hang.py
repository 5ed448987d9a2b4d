"""ProcessPoolExecutor(initializer=, max_tasks_per_child=2): on Python 3.11 the executor hangs when it replaces a worker (a CPython bug)."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys

TAG = None


def init(tag):
    global TAG
    TAG = tag


def who(i):
    return TAG, os.getpid()


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else "spawn"
    if method == "fork":
        method = "spawn"     # max_tasks_per_child cannot be used with fork
    ctx = mp.get_context(method)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=init, initargs=("ok",),
                                max_tasks_per_child=2) as ex:
        results = list(ex.map(who, range(5)))
    print("tags", sorted({t for t, _ in results}))
    print("distinct workers", len({p for _, p in results}))
