"""A ProcessPoolExecutor with more workers (6) than chunks: initializer= sets a module global each task
reads; executor.map(fn, generator, chunksize=3) over a generator of seven readings; the generator prints
as it is drawn, so every 'drawn' line comes before 'map() returned'."""
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

OFFSET = None


def calibrate(offset):
    global OFFSET
    OFFSET = offset


def adjust(reading):
    return reading + OFFSET, OFFSET is not None


def readings(n):
    for i in range(n):
        print(f"drawn reading {i}", flush=True)
        yield i * 10


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    with ProcessPoolExecutor(max_workers=6, initializer=calibrate, initargs=(5,)) as ex:
        it = ex.map(adjust, readings(7), chunksize=3)
        print("map() returned", flush=True)
        for value, seen in it:
            print(f"adjusted {value} (offset seen: {seen})", flush=True)
    print(f"parent's OFFSET is still {OFFSET}")
