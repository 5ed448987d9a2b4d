"""A work item calls os._exit(7) halfway (a library that exits instead of raising). Every future not
yet done gets BrokenProcessPool, including items that were running fine in the other worker; the
ones already done keep their results; a later submit() raises BrokenProcessPool too."""
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def task(i):
    if i == 3:
        time.sleep(0.2)
        os._exit(7)
    time.sleep(0.1 if i < 3 else 0.8)
    return i


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    futures = [ex.submit(task, i) for i in range(7)]
    for i, f in enumerate(futures):
        try:
            print(i, "->", f.result())
        except BrokenProcessPool as e:
            print(i, "-> BrokenProcessPool:", str(e)[:60])
    try:
        ex.submit(task, 0)
    except BrokenProcessPool as e:
        print("submit after:", type(e).__name__)
    ex.shutdown()
