"""Pool(2).map over 20 items with chunksize=3: 7 chunks, 20 items."""
import multiprocessing as mp
import sys
import time


def square(x):
    time.sleep(0.01)
    return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    print(sum(pool.map(square, range(20), chunksize=3)))
    pool.close()
    pool.join()
