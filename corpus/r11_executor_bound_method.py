"""A class that hands its own method to a ProcessPoolExecutor: executor.submit(self.process, x).
self is pickled with the bound method, so each worker changes its own copy of self.seen; the
parent's stays 0 (the results come back, the side effects do not)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys


class Resizer:
    def __init__(self, scale):
        self.scale = scale
        self.seen = 0

    def process(self, x):
        self.seen += 1
        return x * self.scale, self.seen

    def run(self, items, ctx):
        with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            futures = [ex.submit(self.process, x) for x in items]
            return [f.result() for f in futures]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    r = Resizer(10)
    out = r.run(range(4), ctx)
    print("results:", [v for v, _ in out])
    print("each copy's count:", [s for _, s in out])
    print("parent's seen:", r.seen)
