"""A custom BaseManager serving one shared object (register with a callable); two children update it by proxy."""
import multiprocessing as mp
import sys
from multiprocessing.managers import BaseManager


class Store:
    def __init__(self):
        self.items = {}

    def put(self, k, v):
        self.items[k] = v

    def snapshot(self):
        return dict(self.items)


STORE = Store()


def get_store():
    return STORE


class StoreManager(BaseManager):
    pass


StoreManager.register("get_store", callable=get_store)


def writer(store, base):
    for i in range(3):
        store.put(f"{base}{i}", i)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    m = StoreManager()
    m.start()
    s = m.get_store()
    ps = [mp.Process(target=writer, args=(s, b)) for b in "ab"]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(s.snapshot()))
    m.shutdown()
