"""A Pool task that calls os.abort() on one bad record (as C code does on a failed assertion): the worker dies
by SIGABRT mid-map; on Python 3.11 the pool starts a replacement, but the lost chunk never comes back and
map() waits forever
(the shape of https://github.com/python/cpython/issues/96061 and the tests of
https://github.com/python/cpython/pull/10441, "Pool hangs if a worker process dies unexpectedly")."""
import multiprocessing as mp
import os
import sys
import time


def parse(record):
    time.sleep(0.05)
    if record == 5:
        # stands for a C extension's failed assert()
        os.abort()
    return record * 2


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        print("mapping 8 records", flush=True)
        out = pool.map(parse, range(8), chunksize=1)
        print("done", out, flush=True)
