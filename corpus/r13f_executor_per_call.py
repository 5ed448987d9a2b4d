"""A helper that makes a new ProcessPoolExecutor on every call (a common refactoring: 'with
ProcessPoolExecutor() as ex: return list(ex.map(...))' inside a function), called three times in a
loop: each call starts its own two worker processes and waits for them to end before it returns;
the workers' pids differ from call to call."""
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x, os.getpid()


def parallel_squares(xs, ctx):
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        return list(ex.map(square, xs))


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    seen = []
    for batch in range(3):
        t0 = time.monotonic()
        out = parallel_squares(range(batch * 4, batch * 4 + 4), ctx)
        seen.append({pid for _, pid in out})
        print("batch %d: %s" % (batch, [v for v, _ in out]), flush=True)
    print("batches shared a worker:", bool(seen[0] & seen[1]) or bool(seen[1] & seen[2]), flush=True)
