"""Executor.map(chunksize=2, timeout=1.2) iterated in a for loop: the first chunks come back, then
a slow chunk makes next() raise TimeoutError midway. The program then calls
shutdown(wait=False, cancel_futures=True) and carries on; the interpreter's exit waits for the
running chunk."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def slow_square(x):
    time.sleep(1.5 if x == 4 else 0.05)
    return x * x


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    got = []
    try:
        for value in ex.map(slow_square, range(10), chunksize=2, timeout=1.2):
            got.append(value)
            print("got", value, flush=True)
    except TimeoutError:
        print("map timed out after", len(got), "results")
    ex.shutdown(wait=False, cancel_futures=True)
    print("shutdown(wait=False) returned")
