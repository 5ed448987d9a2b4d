"""Pool(initializer=, initargs=): each worker sets up a global once; tasks read it."""
import multiprocessing as mp
import os
import sys

PREFIX = None


def init(prefix):
    global PREFIX
    PREFIX = prefix + str(os.getpid() % 2)


def label(x):
    return PREFIX is not None and x * 10


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2, initializer=init, initargs=("w",)) as pool:
        print(pool.map(label, range(6)))
