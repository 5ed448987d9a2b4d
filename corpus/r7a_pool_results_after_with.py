"""A learner's bug: imap's iterator read after the with-block has terminated the pool; map_async's get() after it too."""
import multiprocessing as mp
import sys
import time


def slow_square(x):
    time.sleep(0.2)
    return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        it = pool.imap(slow_square, range(6))
        ar = pool.map_async(slow_square, range(4))
    print("left the with-block")
    try:
        print("async ready?", ar.ready())
        print(ar.get(timeout=1))
    except mp.TimeoutError:
        print("map_async.get: TimeoutError (the pool was terminated)")
    try:
        print(it.next(timeout=1))
    except mp.TimeoutError:
        print("imap next: TimeoutError (the pool was terminated)")
