"""Submissions a Pool no longer running refuses (gaps 13A): starmap() and imap() after close(), and map_async() after
the with-block ended (its __exit__ calls terminate()).  Each raises ValueError("Pool not running") in the caller at
once; no task is made.  A helper that closes the pool it was given is the usual way to get there."""
import multiprocessing as mp
import sys


def add(a, b):
    return a + b


def sum_pairs(pool, pairs):
    out = pool.starmap(add, pairs)
    pool.close()            # the helper's mistake: the caller still needs the pool
    return out


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    print("first:", sum_pairs(pool, [(1, 2), (3, 4)]), flush=True)
    try:
        print("second:", sum_pairs(pool, [(5, 6)]), flush=True)
    except ValueError as e:
        print("second sum refused:", e, flush=True)
    try:
        next(pool.imap(abs, [-1, -2]))
    except ValueError as e:
        print("imap refused:", e, flush=True)
    pool.join()
    with mp.Pool(1) as p2:
        print("in the with-block:", p2.apply(add, (2, 2)), flush=True)
    try:
        p2.map_async(abs, [-3])
    except ValueError as e:
        print("after the with-block:", e, flush=True)
    print("done", flush=True)
