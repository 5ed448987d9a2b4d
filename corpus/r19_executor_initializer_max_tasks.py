"""Pasted from a 3.11 what's-new style blog: ProcessPoolExecutor with an initializer that loads a 'config' into a
global, max_tasks_per_child=20 (a limit these ten tasks never reach: 3.11 hangs when it replaces a worker, see
r4_futures_max_tasks_hang), and executor.map(..., timeout=). Under fork 3.11 refuses max_tasks_per_child (ValueError),
and the program falls back to a pool without it."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import time

CONFIG = None


def load_config(name):
    global CONFIG
    CONFIG = {"name": name, "scale": 10}


def work(x):
    if x < 0:
        time.sleep(-x)
    return x * CONFIG["scale"], os.getpid()


def make_pool(ctx):
    try:
        return cf.ProcessPoolExecutor(2, mp_context=ctx, initializer=load_config, initargs=("prod",),
                                      max_tasks_per_child=20)
    except ValueError as e:
        print("max_tasks_per_child refused:", e, flush=True)
        return cf.ProcessPoolExecutor(2, mp_context=ctx, initializer=load_config, initargs=("prod",))


def main(ctx):
    with make_pool(ctx) as ex:
        pairs = list(ex.map(work, range(6), timeout=20))
        print("results:", [r for r, _ in pairs], flush=True)
        print("at most 2 worker pids:", len({pid for _, pid in pairs}) <= 2, flush=True)
        got = []
        try:
            for r, _ in ex.map(work, [1, -1.5, 2, 3], timeout=0.8):
                got.append(r)
        except cf.TimeoutError:
            print("map timed out after", got, flush=True)
    print("after with-block", flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
