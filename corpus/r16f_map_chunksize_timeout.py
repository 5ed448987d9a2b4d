"""ProcessPoolExecutor.map(chunksize=3, timeout=1.0) over 9 items: items are sent three to a work
item; the third chunk is slow, so the iterator raises TimeoutError at its first item though
results of earlier chunks were already given. Leaving the with-block waits for the slow chunk."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def cube(x):
    time.sleep(0.6 if x >= 6 else 0.05)
    return x ** 3


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    got = []
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        start = time.monotonic()
        try:
            for value in ex.map(cube, range(9), chunksize=3, timeout=1.0):
                got.append(value)
        except TimeoutError:
            print("TimeoutError after", len(got), "results")
    print("got:", got)
