"""Forum question: "Can't pickle <function <lambda>>" with Pool.map. A lambda and a function
defined inside another function cannot be pickled by reference, so map() fails in the parent
before any worker sees a task; a module-level function works."""
import multiprocessing as mp
import sys


def make_scaler(k):
    def scale(x):
        return x * k
    return scale


def triple(x):
    return x * 3


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        try:
            print(pool.map(lambda x: x * 2, range(6)))
        except Exception as exc:
            print("lambda:", type(exc).__name__, str(exc).split(" at ")[0])
        try:
            print(pool.map(make_scaler(3), range(6)))
        except Exception as exc:
            print("nested:", type(exc).__name__, str(exc).split(" at ")[0])
        print("module-level:", pool.map(triple, range(6)))
