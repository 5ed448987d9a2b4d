"""get(timeout) raises TimeoutError, the program waits again, and the second get() returns the result."""
import multiprocessing as mp
import sys
import time


def slow_add(a, b):
    time.sleep(0.5)
    return a + b


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(1) as pool:
        pool.apply(time.sleep, (0,))          # make sure the worker is up
        r = pool.apply_async(slow_add, (2, 3))
        try:
            r.get(timeout=0.1)
        except mp.TimeoutError:
            print("not ready after 0.1 s; ready() =", r.ready())
        print("result", r.get(timeout=2))
