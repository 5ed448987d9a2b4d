"""An initializer that raises: every worker dies at start and the Pool keeps replacing them; map() never returns."""
import multiprocessing as mp
import sys
import time


def init():
    time.sleep(0.1)
    raise RuntimeError("cannot connect to the database")


def work(x):
    return x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(1, initializer=init)
    print(pool.map(work, range(3)))
