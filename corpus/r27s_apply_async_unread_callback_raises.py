"""pool-callback, changed twice: (1) apply_async whose result is never read, in a with-block that ends at
once (its __exit__ calls terminate()); (2) a callback that raises: the result-handler thread dies, get()
would wait forever; get(timeout=3) gives up and terminate() ends the pool."""
import multiprocessing as mp
import sys
import time


def slow_square(n):
    time.sleep(0.5)
    print(f"slow_square({n}) finished")
    return n * n


def broken_callback(value):
    print(f"callback got {value}; now it raises")
    raise ValueError("callback failed")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        pool.apply_async(slow_square, (3,))  # the learner's change: the AsyncResult is never kept
    print("part 1: the with-block ended; the result was never read")

    pool = mp.Pool(2)
    result = pool.apply_async(slow_square, (4,), callback=broken_callback)
    try:
        print(f"part 2: get() -> {result.get(timeout=3)}")
    except mp.TimeoutError:
        print(f"part 2: get(timeout=3) gave up; ready() = {result.ready()}")
    pool.terminate()
    pool.join()
    print("part 2: pool terminated")


if __name__ == "__main__":
    main()
