"""A BaseManager subclass with a registered class; two processes call its methods through proxies."""
import multiprocessing as mp
import sys
from multiprocessing.managers import BaseManager


class Tally:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n

    def value(self):
        return self.n


class TallyManager(BaseManager):
    pass


TallyManager.register("Tally", Tally)


def bump(t):
    for _ in range(5):
        t.add(1)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with TallyManager() as m:
        t = m.Tally()
        ps = [mp.Process(target=bump, args=(t,)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("tally", t.value())
