"""Pool.starmap_async(..., callback=, error_callback=) with one failing pair; the main loop polls
ready() and calls successful() (ValueError before it is ready); then imap(...).next(timeout=0.2)
raises multiprocessing.TimeoutError once before it gets its item."""
import multiprocessing
import sys
import time


def divide(a, b):
    time.sleep(0.1)
    return a / b


def slow_square(x):
    time.sleep(0.5)
    return x * x


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        res = pool.starmap_async(divide, [(1, 2), (3, 0), (5, 4), (8, 2)], chunksize=1,
                                 callback=lambda v: print("callback", v),
                                 error_callback=lambda e: print("error_callback", repr(e)))
        try:
            res.successful()
        except ValueError as e:
            print("too early:", e)
        polls = 0
        while not res.ready():
            polls += 1
            time.sleep(0.05)
        print("ready after polls>0:", polls > 0, "successful:", res.successful())
        it = pool.imap(slow_square, [3, 4])
        try:
            it.next(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("imap next timed out")
        print("then:", it.next(), it.next())
