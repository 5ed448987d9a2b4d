"""Like mp_newtype.py: a custom class registered on a BaseManager, used through a proxy."""
from multiprocessing.managers import BaseManager


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n

    def get(self):
        return self.n


class MyManager(BaseManager):
    pass


MyManager.register("Counter", Counter)

if __name__ == "__main__":
    with MyManager() as manager:
        c = manager.Counter()
        for k in (1, 2, 3):
            c.add(k)
        print("counter:", c.get())
