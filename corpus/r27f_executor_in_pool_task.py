"""A multiprocessing.Pool task that makes its own ProcessPoolExecutor: submit() fails in the daemonic
worker ("daemonic processes are not allowed to have children"); the task falls back to a
ThreadPoolExecutor and returns; apply_async with error_callback for a task that does not catch it."""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square(x):
    return x * x


def fan_out(n, catch):
    try:
        with ProcessPoolExecutor(max_workers=2) as inner:
            return ("processes", sum(inner.map(square, range(n))))
    except AssertionError as e:
        if not catch:
            raise
        with ThreadPoolExecutor(max_workers=2) as inner:
            return (f"threads after {e}", sum(inner.map(square, range(n))))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    with multiprocessing.Pool(2) as pool:
        print("caught:", pool.apply(fan_out, (4, True)))
        r = pool.apply_async(fan_out, (3, False),
                             error_callback=lambda e: print("error_callback:", type(e).__name__, e, flush=True))
        r.wait(10)
        print("successful:", r.successful())
