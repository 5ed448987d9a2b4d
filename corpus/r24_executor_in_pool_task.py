"""A learner parallelises twice: each Pool task starts its own ProcessPoolExecutor for sub-parts.

Asked as: "my program prints 'all submitted' and finishes but there are no results" -- the first
apply_async result is never read, so the worker's AssertionError ('daemonic processes are not allowed
to have children') is never seen; the second time get() shows it."""
import concurrent.futures as cf
import multiprocessing as mp
import sys


def square(x):
    return x * x


def chunk_sum(chunk):
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        return sum(ex.map(square, chunk))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(2)
    pending = [pool.apply_async(chunk_sum, ([1, 2, 3],)), pool.apply_async(chunk_sum, ([4, 5],))]
    print("all submitted:", len(pending), "tasks")
    pool.close()
    pool.join()
    print("pool finished; first task successful?", pending[0].successful())
    try:
        print("second total:", pending[1].get(timeout=5))
    except Exception as e:
        print("second task failed:", type(e).__name__, e)
