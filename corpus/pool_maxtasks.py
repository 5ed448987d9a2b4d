"""maxtasksperchild=2: each worker retires after two tasks and the pool starts a replacement."""
import multiprocessing as mp
import os
import sys


def whoami(x):
    return os.getpid()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2, maxtasksperchild=2)
    pids = [pool.apply_async(whoami, (i,)).get() for i in range(6)]
    pool.close()
    pool.join()
    print(len(set(pids)), "different worker pids ran 6 tasks")
