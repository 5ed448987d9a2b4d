"""contextlib.closing(Pool()) instead of `with Pool()`: leaving the block calls close(), not terminate(), so the
workers finish every queued task and end by themselves; join() after the block waits for them."""
import contextlib
import sys
import time
import multiprocessing as mp


def slow(x):
    time.sleep(0.05)
    return x + 100


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with contextlib.closing(mp.Pool(2)) as pool:
        results = [pool.apply_async(slow, (i,)) for i in range(6)]
    pool.join()
    print([r.get() for r in results])
