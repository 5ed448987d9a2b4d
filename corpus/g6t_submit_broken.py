"""submit() on a ProcessPoolExecutor whose worker died (BrokenProcessPool) and after shutdown() (RuntimeError)."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys


def die(_):
    os._exit(3)


def square(x):
    return x * x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    try:
        ex.submit(die, 1).result()
    except cf.process.BrokenProcessPool:
        print("the worker died")
    try:
        ex.submit(square, 2)
    except cf.process.BrokenProcessPool:
        print("submit on a broken pool raised")
    ex.shutdown()
    fine = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    print(fine.submit(square, 3).result())
    fine.shutdown()
    try:
        fine.submit(square, 4)
    except RuntimeError as e:
        print("after shutdown:", e)
