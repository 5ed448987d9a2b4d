"""A for loop over imap_unordered(): the worker that runs item 2 dies (os._exit), so the loop waits for a result that
will never come (watchdog). The hang note is said of the loop, in English and in Chinese."""
import multiprocessing as mp
import os
import sys


def f(x):
    if x == 2:
        os._exit(3)
    return x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    for value in pool.imap_unordered(f, range(4)):
        print("got", value, flush=True)
