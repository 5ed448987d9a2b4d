"""A ThreadPoolExecutor broken by its initializer, and a ProcessPoolExecutor's worker whose initializer raised.

The thread pool's one worker thread runs an initializer that waits a moment (three work items are queued by then) and
raises: the worker thread itself marks the pool broken, the three queued items fail with BrokenThreadPool, and a later
submit() is refused with BrokenThreadPool. Then a ProcessPoolExecutor whose initializer raises in its worker: the worker
logs the error and ends, and the manager thread breaks the executor (BrokenProcessPool)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def open_database():
    time.sleep(0.3)
    raise ConnectionError("database is down")


def load_model():
    raise FileNotFoundError("model.bin")


def lookup(key):
    return key.upper()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = cf.ThreadPoolExecutor(max_workers=1, initializer=open_database)
    items = [pool.submit(lookup, k) for k in ("a", "b", "c")]
    done, not_done = cf.wait(items, timeout=10)
    print("done:", len(done), "not done:", len(not_done))
    for f in items:
        print("item:", type(f.exception()).__name__)
    try:
        pool.submit(lookup, "d")
    except cf.thread.BrokenThreadPool as e:
        print("refused:", e)
    pool.shutdown()

    procs = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=load_model)
    try:
        procs.submit(lookup, "e").result(timeout=20)
    except cf.process.BrokenProcessPool as e:
        print("process pool:", type(e).__name__)
    procs.shutdown()
