"""A generator function that owns a Pool: `with Pool() as p: yield from p.imap(...)`. The caller breaks out of
its loop after three results; the generator is closed, the with-block's __exit__ terminates the pool."""
import sys
import time
import multiprocessing as mp


def slow(x):
    time.sleep(0.05 * (x % 3))
    return x * 2


def results(n):
    with mp.Pool(2) as pool:
        yield from pool.imap(slow, range(n))
    print("generator: pool closed")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    gen = results(20)
    for i, r in enumerate(gen):
        print("got", r)
        if i == 2:
            break
    gen.close()
    print("after close")
