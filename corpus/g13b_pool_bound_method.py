"""A class that hands its own method to a Pool: pool.apply_async(self.count, ...) and pool.map(self.count, ...).
Each task pickles the bound method and its instance with it (under fork too: the tasks go to the workers through a
pipe), so every task changes its own copy of self.seen; the parent's stays 0. A ThreadPool's tasks share the instance:
its count goes up in the parent."""
import multiprocessing as mp
import sys
from multiprocessing.pool import ThreadPool


class Tally:
    def __init__(self):
        self.seen = 0

    def count(self, x):
        self.seen += 1
        return x * 10, self.seen

    def run(self, pool):
        asked = [pool.apply_async(self.count, (x,)) for x in range(3)]
        out = [a.get() for a in asked]
        out += pool.map(self.count, range(3, 6), chunksize=1)
        return out


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    t = Tally()
    with ctx.Pool(2) as pool:
        out = t.run(pool)
    print("results:", [v for v, _ in out])
    print("every copy's count is 1:", all(s == 1 for _, s in out))
    print("parent's seen after the process Pool:", t.seen)
    with ThreadPool(2) as threads:
        t.run(threads)
    print("parent's seen after the ThreadPool:", t.seen)
