"""sharedctypes by hand: a RawValue and a RawArray (no lock) wrapped with synchronized(), which adds
an RLock by default and get_lock()/get_obj(); and synchronized(..., lock=my_lock) sharing one Lock
between the two. Three processes add to both under the lock."""
import multiprocessing as mp
import sys
from multiprocessing import sharedctypes


def add(total, hist, k):
    for _ in range(50):
        with total.get_lock():
            total.value += k
        with hist.get_lock():
            hist[k] += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    total = sharedctypes.synchronized(sharedctypes.RawValue("i", 0))
    hist = sharedctypes.synchronized(sharedctypes.RawArray("i", 4))
    print("default lock:", type(total.get_lock()).__name__, flush=True)
    procs = [mp.Process(target=add, args=(total, hist, k)) for k in (1, 2, 3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("total:", total.value, "hist:", list(hist.get_obj()), flush=True)
    shared = mp.Lock()
    a = sharedctypes.synchronized(sharedctypes.RawValue("d", 0.0), lock=shared)
    b = sharedctypes.synchronized(sharedctypes.RawValue("d", 0.0), lock=shared)
    print("one lock for both:", a.get_lock() is b.get_lock(), flush=True)
