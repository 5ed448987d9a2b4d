"""A pool worker calls os._exit: the pool replaces it, but the result never comes; get() times out."""
import multiprocessing as mp
import os


def die(x):
    if x == 2:
        os._exit(7)
    return x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        rs = [pool.apply_async(die, (i,)) for i in range(4)]
        for r in rs:
            try:
                print(r.get(timeout=1.5))
            except mp.TimeoutError:
                print("timed out")
