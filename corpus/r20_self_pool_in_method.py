"""A class keeps its Pool in self.pool and maps a bound method: pickling self.square pickles self, and self
holds the Pool, which refuses to be pickled (NotImplementedError, raised in the parent's map()). The fix the
learner finds: keep the pool out of self (a local in the method), so self pickles."""
import multiprocessing as mp
import sys


class Squarer:
    def __init__(self, ctx, offset):
        self.ctx = ctx
        self.offset = offset
        self.pool = None

    def square(self, x):
        return x * x + self.offset

    def run_stored_pool(self, items):
        self.pool = self.ctx.Pool(2)
        try:
            return self.pool.map(self.square, items)
        finally:
            self.pool.close()
            self.pool.join()
            self.pool = None

    def run_local_pool(self, items):
        with self.ctx.Pool(2) as pool:
            return pool.map(self.square, items)


def main(ctx):
    s = Squarer(ctx, 100)
    try:
        print("stored:", s.run_stored_pool([1, 2, 3]), flush=True)
    except Exception as e:
        print("stored: raised", type(e).__name__, e, flush=True)
    print("local:", s.run_local_pool([1, 2, 3]), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
