"""imap: the worker that runs item 2 dies; next() on the iterator waits for it forever (watchdog)."""
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
    for value in pool.imap(f, range(4)):
        print("got", value, flush=True)
