"""ProcessPoolExecutor.map() over inputs of which one cannot be pickled (gaps 16A): a threading.Lock at input 7 of ten
with chunksize 3 (chunk 2, its item 1), then a second map() of the same function with the lock at input 2 of four
(chunksize 2). The call queue's feeder thread fails to send that chunk: the other chunks run, and iterating the map's
results raises the pickling error when it reaches that chunk."""
import sys
import threading
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    lock = threading.Lock()
    with ProcessPoolExecutor(2, mp_context=mp.get_context(method)) as ex:
        for inputs, size in (([0, 1, 2, 3, 4, 5, 6, lock, 8, 9], 3), ([0, 1, lock, 3], 2)):
            got = []
            try:
                for r in ex.map(square, inputs, chunksize=size):
                    got.append(r)
            except TypeError as e:
                print("after", len(got), "results map() raised:", e, flush=True)
