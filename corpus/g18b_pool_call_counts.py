"""Gaps 18B: counts and rows of calls that failed. apply_async(square, (5)) and (1, 2): the worker's call raises
TypeError before square runs; fails((3,)): square's sibling raises itself; (4,): returns. map(power, bases,
exponents) raises TypeError in the caller (exponents became the chunksize); starmap(power, zip(...)) runs. Then a
child that ignores SIGINT is sent SIGINT and goes on to end normally."""
import multiprocessing as mp
import os
import signal
import sys


def square(n):
    return n * n


def fails(n):
    raise ValueError("no %d" % n)


def power(b, e):
    return b ** e


def deaf(ready, go):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ready.set()
    go.wait(10)
    print("deaf: still here", flush=True)


def main(ctx):
    with ctx.Pool(1) as pool:
        rs = [pool.apply_async(square, (5)), pool.apply_async(square, (1, 2)), pool.apply_async(fails, (3,)),
              pool.apply_async(square, (4,))]
        for r in rs:
            r.wait(10)
        print("successful:", [r.successful() for r in rs], flush=True)
        try:
            pool.map(power, [2, 3], [5, 2])
        except TypeError as e:
            print("map:", e, flush=True)
        print("starmap:", pool.starmap(power, zip([2, 3], [5, 2])), flush=True)
    ready, go = ctx.Event(), ctx.Event()
    p = ctx.Process(target=deaf, args=(ready, go), name="deaf")
    p.start()
    ready.wait(10)
    os.kill(p.pid, signal.SIGINT)
    go.set()
    p.join()
    print("deaf exitcode", p.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
