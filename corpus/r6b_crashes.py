"""Children that crash hard: a segfault through ctypes.string_at(0) (exitcode -11), os.abort() (-6),
and unbounded recursion (RecursionError, exit code 1)."""
import ctypes
import faulthandler
import multiprocessing as mp
import os
import sys


def segfault():
    faulthandler.disable()
    print("about to read address 0", flush=True)
    ctypes.string_at(0)


def abort():
    faulthandler.disable()
    os.abort()


def recurse(n=0):
    return recurse(n + 1)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for target in (segfault, abort, recurse):
        p = mp.Process(target=target, name=target.__name__)
        p.start()
        p.join()
        print(f"{target.__name__}: exitcode {p.exitcode}", flush=True)
