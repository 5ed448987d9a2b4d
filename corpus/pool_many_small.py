"""600 tiny tasks with chunksize=1: most of the time is the task handler and the pipes, not the work."""
import multiprocessing as mp
import sys


def inc(x):
    return x + 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        print(sum(pool.map(inc, range(600), chunksize=1)))
