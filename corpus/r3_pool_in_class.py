"""A Pool used inside a class method, mapping a bound method (the instance is pickled to the workers)."""
import multiprocessing as mp
import sys


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, x):
        return x * self.factor

    def run(self, data):
        with mp.Pool(2) as pool:
            return pool.map(self.scale, data)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    print(Scaler(3).run([1, 2, 3, 4, 5]))
