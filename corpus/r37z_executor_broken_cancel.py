"""A ProcessPoolExecutor with 2 workers: one task raises, a task queued behind long ones is cancelled, then a task
calls os._exit(1), which breaks the pool: the futures still pending fail with BrokenProcessPool and a later submit()
is refused. The program prints each future's fate."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import time


def slow(x):
    time.sleep(0.4)
    return x * 10


def boom(x):
    raise RuntimeError(f"task {x} failed")


def die(x):
    time.sleep(0.1)
    os._exit(1)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        first = [ex.submit(slow, i) for i in range(2)]
        bad = ex.submit(boom, 7)
        queued = [ex.submit(slow, i) for i in range(2, 8)]
        print("cancel last:", queued[-1].cancel(), flush=True)
        for f in first:
            print("result", f.result())
        try:
            bad.result()
        except RuntimeError as exc:
            print("raised:", exc)
        killer = ex.submit(die, 0)
        for f in queued + [killer]:
            try:
                print("result", f.result())
            except cf.CancelledError:
                print("cancelled")
            except cf.process.BrokenProcessPool as exc:
                print("broken:", type(exc).__name__)
        try:
            ex.submit(slow, 99)
        except cf.process.BrokenProcessPool:
            print("submit refused: pool is broken")
