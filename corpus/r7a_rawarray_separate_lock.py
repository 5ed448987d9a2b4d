"""sharedctypes RawArray and RawValue (no lock of their own) guarded by one separate Lock: a histogram filled by three processes."""
import multiprocessing as mp
import random
import sys
from multiprocessing.sharedctypes import RawArray, RawValue


def fill(hist, total, lock, seed):
    rnd = random.Random(seed)
    for _ in range(50):
        bucket = rnd.randrange(4)
        with lock:
            hist[bucket] += 1
            total.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    hist = RawArray("i", 4)
    total = RawValue("i", 0)
    lock = mp.Lock()
    procs = [mp.Process(target=fill, args=(hist, total, lock, s)) for s in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("hist", list(hist), "sum", sum(hist), "total", total.value)
