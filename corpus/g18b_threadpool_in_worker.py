"""Gaps 18B (gaps 17B Left 1): a ThreadPool inside a process Pool's worker. Each outer task opens a ThreadPool of
two threads in its worker and runs imap_unordered() (one chunk), imap(), map() and an apply_async() whose error
nobody reads until get(); the main process iterates its own imap_unordered() over the outer pool. The worker's
ThreadPool numbers its jobs from the worker's own counter, so its jobs 0, 1, 2 ... have the same numbers as the main
process's own, and its tasks run in the worker's own pid (threads), where the outer task is running too."""
import multiprocessing as mp
import multiprocessing.pool
import sys


def square(x):
    return x * x


def fails(x):
    raise ValueError("inner %d" % x)


def outer(n):
    with multiprocessing.pool.ThreadPool(2) as inner:
        unordered = sorted(inner.imap_unordered(square, range(n), chunksize=n))
        ordered = list(inner.imap(square, range(n), chunksize=2))
        mapped = inner.map(square, range(n))
        bad = inner.apply_async(fails, (n,))
        try:
            bad.get(timeout=30)
            error = None
        except ValueError as e:
            error = str(e)
    return n, sum(unordered), sum(ordered), sum(mapped), error


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        for row in sorted(pool.imap_unordered(outer, [2, 3])):
            print("outer", row, flush=True)
