"""Restoring the order of imap_unordered() results, twice: first the wrong way, as often posted:
enumerate(pool.imap_unordered(f, items)) numbers the results in the order they arrive, not the order of
the inputs; then the right way: imap_unordered(f, enumerate(items)) so each result carries its index."""
import multiprocessing as mp
import sys
import time

DELAYS = [0.6, 0.1, 0.4, 0.05, 0.3]


def slow_square(x):
    time.sleep(DELAYS[x])
    return x * x


def indexed(pair):
    i, x = pair
    return i, slow_square(x)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    items = list(range(5))
    with mp.Pool(3) as pool:
        wrong = [None] * 5
        for i, r in enumerate(pool.imap_unordered(slow_square, items)):
            wrong[i] = r
        print("wrong order:", wrong, flush=True)
        right = [None] * 5
        for i, r in pool.imap_unordered(indexed, enumerate(items)):
            right[i] = r
        print("right order:", right, flush=True)
