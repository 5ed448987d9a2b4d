"""A custom BaseManager registers a class (Counter) and a callable (get_registry, returning one shared
dict made in the server). Pool workers get the proxies as task arguments: each pickled proxy connects
to the manager server again in the worker. Counter.add() runs in the server, one thread per
connection; the read-then-write in add_slow() is not atomic, so concurrent calls can lose updates."""
import multiprocessing as mp
import sys
import time
from multiprocessing.managers import BaseManager, DictProxy


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n

    def add_slow(self, k):
        current = self.n
        time.sleep(0.01)
        self.n = current + k
        return self.n

    def value(self):
        return self.n


REGISTRY = {}


def get_registry():
    return REGISTRY


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter)
CounterManager.register("get_registry", get_registry, proxytype=DictProxy)


def task(args):
    counter, registry, i = args
    counter.add(1)
    counter.add_slow(10)
    registry[i] = mp.current_process().name
    return i


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with CounterManager(ctx=ctx) as manager:
        counter = manager.Counter()
        registry = manager.get_registry()
        with ctx.Pool(2) as pool:
            done = pool.map(task, [(counter, registry, i) for i in range(6)])
        print("tasks done:", done, flush=True)
        total = counter.value()
        print("counter:", total, "(6 adds of 1 and 6 of 10 would make 66)", flush=True)
        print("registry keys:", sorted(registry.keys()), flush=True)
