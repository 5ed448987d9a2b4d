"""A Pool worker that tries to make its own Pool: daemonic processes are not allowed to have children."""
import multiprocessing as mp
import sys


def inner(x):
    return x


def outer(x):
    try:
        with mp.Pool(2) as p:
            return p.map(inner, [x])
    except AssertionError as e:
        return f"error: {e}"


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        print(pool.map(outer, [1, 2]))
