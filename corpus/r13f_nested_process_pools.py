"""A ProcessPoolExecutor inside a work item of another ProcessPoolExecutor works (since 3.9 its
workers are not daemons), while the same inner executor inside a multiprocessing Pool task fails:
a Pool's workers are daemons, and a daemon may not have children (AssertionError from submit(),
re-raised by get())."""
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def leaf(x):
    return x + 1


def fan_out(method, base):
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as inner:
        return sum(inner.map(leaf, [base, base + 1]))


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as outer:
        print("nested executors:", list(outer.map(fan_out, [method, method], [0, 10])), flush=True)
    with ctx.Pool(1) as pool:
        try:
            pool.apply(fan_out, (method, 20))
        except AssertionError as e:
            print("in a Pool task:", e, flush=True)
