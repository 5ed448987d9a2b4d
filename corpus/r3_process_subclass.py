"""A Process subclass that overrides run() and reports through a Queue."""
import multiprocessing as mp
import os
import sys


class Worker(mp.Process):
    def __init__(self, q, n):
        super().__init__()
        self.q = q
        self.n = n

    def run(self):
        self.q.put((self.name, sum(range(self.n)), os.getpid() != 0))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    ws = [Worker(q, n) for n in (10, 100)]
    for w in ws:
        w.start()
    got = sorted(q.get()[1] for _ in ws)
    for w in ws:
        w.join()
    print(got)
