"""Executor.map(timeout=) whose deadline passes while the program is iterating: the timeout counts
from the map() call, not from each next(). Items take 0.5 s each on two workers; the loop itself
sleeps 0.05 s per result; at 0.8 s the next() waiting for item 2 raises TimeoutError. The generator's close cancels the
work items not yet started; the with-block waits for the running ones."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def work(i):
    time.sleep(0.5)
    return i * 10


def main(method):
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        ex.submit(work, -1).result()  # workers are up before the clock starts
        start = time.monotonic()
        results = ex.map(work, range(8), timeout=0.8)
        try:
            for r in results:
                print("got %d at %.1f s" % (r, time.monotonic() - start), flush=True)
                time.sleep(0.05)
        except TimeoutError:
            print("map timed out at %.1f s" % (time.monotonic() - start), flush=True)
        del results
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
