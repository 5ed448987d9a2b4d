"""The same initializer sets a module global in a multiprocessing.dummy.Pool (threads: one global,
shared, set three times) and in a process Pool (one copy per worker process)."""
import os
import sys
import threading
import multiprocessing as mp
from multiprocessing.dummy import Pool as ThreadPool

GREETING = None
INIT_CALLS = 0


def setup(word):
    global GREETING, INIT_CALLS
    GREETING = f"{word}-{os.getpid()}-{threading.current_thread().name}"
    INIT_CALLS += 1


def greet(n):
    return (n, GREETING.split("-")[0], mp.current_process().name)


def main(method):
    with ThreadPool(3, initializer=setup, initargs=("thread",)) as tp:
        out = tp.map(greet, range(4))
    print("dummy pool:", out)
    print("init calls seen by the parent:", INIT_CALLS, "global now", GREETING.split("-")[0])
    ctx = mp.get_context(method)
    with ctx.Pool(2, initializer=setup, initargs=("proc",)) as pool:
        out = pool.map(greet, range(4))
    print("process pool:", [(n, w) for n, w, _ in out], "in", len({who for _, _, who in out}) <= 2, "workers at most")
    print("init calls seen by the parent after it:", INIT_CALLS)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
