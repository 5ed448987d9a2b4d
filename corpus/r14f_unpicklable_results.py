"""Work items whose results cannot come back or are large: a generator (cannot be pickled), a
threading.Lock (cannot be pickled), and 8 MB of bytes (comes back). In 3.11 the worker catches the
pickling error and sends it back in the result's place; the Future fails with it."""
import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor


def make_gen(n):
    return (i for i in range(n))


def make_lock(_):
    return threading.Lock()


def make_big(n):
    return b"x" * n


def main(method):
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        for fn, arg in ((make_gen, 3), (make_lock, 0), (make_big, 8 * 1024 * 1024)):
            f = ex.submit(fn, arg)
            try:
                r = f.result()
                print(fn.__name__, "returned", len(r), "bytes", flush=True)
            except Exception as e:
                print(fn.__name__, "failed:", type(e).__name__, e, flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
