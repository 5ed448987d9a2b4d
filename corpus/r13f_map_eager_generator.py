"""Executor.map() over a generator that reads 'lines' and prints as it goes: map() takes the whole
iterable before it returns its first result (the documentation: the iterables are collected
immediately rather than lazily), so every 'read line' comes before the first 'got'. Then the
usual fix for an endless input, itertools.islice(itertools.count(), 4)."""
import itertools
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def read_lines(n):
    for i in range(n):
        print("read line", i, flush=True)
        yield "line-%d" % i


def parse(line):
    time.sleep(0.1)
    return len(line)


def cube(n):
    return n ** 3


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        results = ex.map(parse, read_lines(6))
        print("map() returned", flush=True)
        for r in results:
            print("got", r, flush=True)
        print("cubes:", list(ex.map(cube, itertools.islice(itertools.count(), 4))), flush=True)
