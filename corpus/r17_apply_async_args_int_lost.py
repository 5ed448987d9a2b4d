"""Forum question: "My apply_async task never runs and there is no error!" The learner wrote args=(5) for a
one-argument task: (5) is just 5, not a tuple, so the worker's func(*args) raises TypeError. Nobody calls
get() on the AsyncResult, so the error is never raised anywhere. With an error_callback the same mistake is
reported; with args=(5,) the task runs."""
import multiprocessing as mp
import sys
import time


def square(n):
    print("square", n, flush=True)
    return n * n


def report(exc):
    print("error_callback:", type(exc).__name__, exc, flush=True)


def main(ctx):
    with ctx.Pool(1) as pool:
        pool.apply_async(square, (5))          # lost: nobody asks for the result
        time.sleep(0.5)
        print("first try: no output, no error", flush=True)
        r = pool.apply_async(square, (6), error_callback=report)
        r.wait(5)
        print("second try ready:", r.ready(), "successful:", r.successful(), flush=True)
        good = pool.apply_async(square, (7,))
        print("third try:", good.get(timeout=5), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
