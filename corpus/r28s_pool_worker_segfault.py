"""A Pool task that crashes its worker with a segfault (faulthandler enabled in the initializer):
the pool starts a replacement, the task's result never comes; map_async().get(timeout=4) gives up."""
import ctypes
import faulthandler
import multiprocessing as mp
import sys


def init_worker():
    faulthandler.enable()


def parse(n):
    if n == 3:
        ctypes.string_at(0)              # a bad pointer in a C extension, in effect
    return n * 10


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2, initializer=init_worker)
    result = pool.map_async(parse, range(6), chunksize=1)
    try:
        print(f"main: {result.get(timeout=4)}")
    except mp.TimeoutError:
        print(f"main: map_async().get(timeout=4) gave up; ready() = {result.ready()}")
    print(f"main: ok after the crash: {pool.apply(parse, (5,))}")
    pool.terminate()
    pool.join()
    print("main: pool terminated")


if __name__ == "__main__":
    main()
