"""map with one failing item: get() in the parent re-raises the worker's exception."""
import multiprocessing as mp
import sys


def check(x):
    if x == 4:
        raise KeyError(x)
    return x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        try:
            pool.map(check, range(8), chunksize=1)
        except KeyError as e:
            print("map raised KeyError", e)
        print("apply:", pool.apply(check, (5,)))
