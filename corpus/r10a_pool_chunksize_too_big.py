"""pool-map changed: chunksize=100 on 12 items, and a Pool of 4: one chunk, so one worker does all the
work while three stay idle. Then processes=8 for 3 items with the default chunksize."""
import multiprocessing as mp
import os
import sys
import time


def square(x):
    time.sleep(0.05)
    return x * x, os.getpid()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(4) as pool:
        out = pool.map(square, range(12), chunksize=100)
        print("pids used:", len({pid for _, pid in out}), flush=True)
        print([v for v, _ in out], flush=True)
    with mp.Pool(8) as pool:
        out = pool.map(square, range(3))
        print("pids used:", len({pid for _, pid in out}), flush=True)
