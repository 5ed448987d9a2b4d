"""Forum question: "daemonic processes are not allowed to have children". Each task of an
outer Pool tries to split its batch over an inner Pool; a Pool's workers are daemon processes,
so the inner Pool's first start() raises AssertionError in the worker, and map() re-raises it."""
import multiprocessing as mp
import sys


def square(x):
    return x * x


def process_batch(batch):
    with mp.Pool(2) as inner:
        return sum(inner.map(square, batch))


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    if method:
        mp.set_start_method(method)
    batches = [[1, 2, 3], [4, 5, 6]]
    with mp.Pool(2) as outer:
        try:
            print(outer.map(process_batch, batches))
        except AssertionError as exc:
            print("outer map failed:", exc)
    print("serial instead:", [sum(square(x) for x in b) for b in batches])
