"""A map() whose input holds something that cannot be pickled (gaps 14B): a threading.Lock among Pool.map()'s ten
inputs (chunksize 4: the lock is input 6, item 2 of task 1), a generator among starmap()'s pairs, and a lock among
ProcessPoolExecutor.map()'s inputs (chunksize 2).  The task handler, or the executor's feeder thread, fails to send
the whole chunk: the other chunks run, and map() raises the pickling error in the caller."""
import multiprocessing as mp
import sys
import threading
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock = threading.Lock()
    inputs = [0, 1, 2, 3, 4, 5, lock, 7, 8, 9]
    with mp.Pool(2) as pool:
        try:
            print(pool.map(square, inputs, chunksize=4), flush=True)
        except TypeError as e:
            print("Pool.map raised:", e, flush=True)
        try:
            print(pool.starmap(add, [(1, 2), (3, (n for n in range(2)))], chunksize=2), flush=True)
        except TypeError as e:
            print("Pool.starmap raised:", e, flush=True)
    with ProcessPoolExecutor(2) as ex:
        try:
            print(list(ex.map(square, [1, 2, 3, lock], chunksize=2)), flush=True)
        except TypeError as e:
            print("ProcessPoolExecutor.map raised:", e, flush=True)
