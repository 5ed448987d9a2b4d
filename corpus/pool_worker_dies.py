"""A worker calls os._exit inside map(): the pool starts a replacement, but the lost task never comes back and
map() waits forever (the watchdog ends the run)."""
import multiprocessing as mp
import os
import sys
import time


def risky(x):
    time.sleep(0.05)
    if x == 3:
        os._exit(7)
    return x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    print(pool.map(risky, range(6)))
