"""A histogram in a RawArray, filled by four processes without any lock: bins[k] += 1 is a read and a
write, and two processes that read the same count both write count+1: the total comes out short. Then
a RawValue total the same way, and the histogram again with one Lock around each += (exact)."""
import multiprocessing as mp
import sys
from multiprocessing.sharedctypes import RawArray, RawValue

N = 3000


def fill(bins, total, seed, lock):
    for j in range(N):
        k = (seed * 7 + j) % len(bins)
        if lock is None:
            bins[k] += 1
            total.value += 1
        else:
            with lock:
                bins[k] += 1
                total.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for lock in (None, mp.Lock()):
        bins = RawArray("i", 4)
        total = RawValue("i", 0)
        procs = [mp.Process(target=fill, args=(bins, total, s, lock)) for s in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        exact = sum(bins) == 4 * N and total.value == 4 * N
        print("%s: exact %s" % ("locked" if lock else "no lock", exact), flush=True)
