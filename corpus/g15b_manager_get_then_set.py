"""A Manager dict as a shared cache, check-then-set written with get(): `if cache.get(key) is None: cache[key] =
compute(key)`, in two processes that meet at a Barrier first. get() and the set are two round trips to the manager's
server, so both get None and both compute and store the key. Then the same with setdefault(), which the server runs
as one call: the first value stays, and compute() still runs in both (setdefault takes a computed value)."""
import multiprocessing as mp
import sys
import time


def compute(key, who):
    time.sleep(0.3)
    return "%s by %s" % (key * 2, who)


def worker(cache, barrier, who):
    barrier.wait()
    if cache.get("k") is None:
        cache["k"] = compute("k", who)
    barrier.wait()
    cache.setdefault("s", compute("s", who))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        cache, barrier = m.dict(), mp.Barrier(2)
        ps = [mp.Process(target=worker, args=(cache, barrier, who)) for who in ("A", "B")]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("k stored:", cache["k"][:2], "| s stored:", cache["s"][:2], flush=True)
