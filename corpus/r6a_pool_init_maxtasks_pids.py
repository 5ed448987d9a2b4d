"""Pool(initializer=, maxtasksperchild=1): the initializer prints each new worker's pid; each task gets a fresh worker."""
import multiprocessing as mp
import os
import sys


def init(tag):
    print(f"{tag}: worker {os.getpid()} starting", flush=True)


def task(i):
    return i, os.getpid()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2, initializer=init, initargs=("init",), maxtasksperchild=1) as pool:
        results = pool.map(task, range(4), chunksize=1)
    print("distinct worker pids:", len({pid for _, pid in results}))
