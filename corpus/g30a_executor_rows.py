"""An executor's initializer and the submits that fail, as the state panel's executor rows must show them.

A ThreadPoolExecutor whose initializer raises: its worker thread's run of it fails, which breaks the pool
(BrokenThreadPool) and fails the item still queued; a later submit() is refused (BrokenThreadPool). A ProcessPoolExecutor
with an initializer that works: one item runs; one item's argument (a lambda) cannot be pickled, so its feeder never sends
it and only that future fails (PicklingError); after shutdown() a submit() is refused (RuntimeError)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import threading


def bad_init():
    raise OSError("config not found")


def ready():
    print("worker ready", flush=True)


def square(x):
    return x * x


def call(f):
    return f()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    threads = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
    first = threads.submit(square, 2)
    try:
        first.result(timeout=10)
    except Exception as e:
        print("thread item:", type(e).__name__)
    try:
        threads.submit(square, 3)
    except Exception as e:
        print("submit refused:", type(e).__name__)
    threads.shutdown()

    procs = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=ready)
    print("square:", procs.submit(square, 4).result(timeout=20))
    unsent = procs.submit(call, lambda: 5)
    try:
        unsent.result(timeout=20)
    except Exception as e:
        print("lambda item:", type(e).__name__)
    procs.shutdown()
    try:
        procs.submit(square, 6)
    except RuntimeError as e:
        print("after shutdown:", e)
