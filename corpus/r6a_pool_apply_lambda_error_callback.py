"""Bound methods as Pool tasks; apply_async of a lambda: error_callback gets the PicklingError, get() raises it."""
import multiprocessing as mp
import sys


class Scaler:
    def __init__(self, k):
        self.k = k

    def scale(self, x):
        return x * self.k


def on_error(e):
    print("error_callback:", type(e).__name__)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    s = Scaler(3)
    with mp.Pool(2) as pool:
        print(pool.map(s.scale, [1, 2, 3]))
        r = pool.apply_async(lambda x: x + 1, (1,), error_callback=on_error)
        try:
            r.get(timeout=5)
        except Exception as e:
            print("get raised", type(e).__name__)
        print(pool.apply(s.scale, (10,)))
