"""A Manager dict used as a shared cache by Pool workers, check-then-set: `if key not in cache:
cache[key] = compute(key)`. The test and the set are two separate round trips to the manager, so two
workers can both miss and both compute the same key; a computations counter (a Manager Value updated
the same unsafe way) shows how many ran. Then the same with a Manager Lock held around the whole
check-then-set: each key is computed once."""
import multiprocessing as mp
import sys
import time


def compute(key):
    time.sleep(0.05)
    return key * key


def lookup(args):
    cache, calls, lock, key = args
    if lock is None:
        if key not in cache:
            cache[key] = compute(key)
            calls.value += 1
        return cache[key]
    with lock:
        if key not in cache:
            cache[key] = compute(key)
            calls.value += 1
        return cache[key]


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    keys = [1, 2, 1, 2, 3, 1, 3, 2]
    with mp.Manager() as m:
        for lock in (None, m.Lock()):
            cache, calls = m.dict(), m.Value("i", 0)
            with mp.Pool(2) as pool:
                out = pool.map(lookup, [(cache, calls, lock, k) for k in keys], chunksize=1)
            print("%s: results %s, %d distinct keys, computed %d times" % (
                "unlocked" if lock is None else "locked", out, len(cache), calls.value), flush=True)
