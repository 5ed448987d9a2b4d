"""Pool(initializer=setup, initargs=(counter,)): setup() runs once in each worker and sets a module
global (the worker's number, taken from a shared Value) that every task then reads. The parent's own
copy of the global stays None: the initializer never runs in the parent."""
import multiprocessing as mp
import sys
import time

WORKER_NO = None


def setup(counter):
    global WORKER_NO
    with counter.get_lock():
        counter.value += 1
        WORKER_NO = counter.value


def task(x):
    time.sleep(0.05)
    return x, WORKER_NO


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    counter = ctx.Value("i", 0)
    with ctx.Pool(2, initializer=setup, initargs=(counter,)) as pool:
        results = pool.map(task, range(8), chunksize=1)
    print("workers seen by tasks:", sorted({w for _, w in results}), flush=True)
    print("every task had a number:", all(w is not None for _, w in results), flush=True)
    print("initializer runs:", counter.value, flush=True)
    print("parent's WORKER_NO:", WORKER_NO, flush=True)
