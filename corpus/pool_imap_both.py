"""imap (in order) and imap_unordered (as they finish), both with chunksize=2, on one Pool(3)."""
import multiprocessing as mp
import sys
import time


def slow_echo(x):
    time.sleep(0.02 * (5 - x % 5))
    return x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(3)
    print("imap:", list(pool.imap(slow_echo, range(10), chunksize=2)))
    print("imap_unordered:", sorted(pool.imap_unordered(slow_echo, range(10), chunksize=2)))
    pool.close()
    pool.join()
