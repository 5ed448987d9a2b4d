"""A service with one Pool: a 'heartbeat' thread submits small health checks with apply_async
every 20 ms while the main thread runs a big map() on the same pool. A health check that
fails (the third) raises in the worker; the thread sees it through get() and counts it."""
import multiprocessing as mp
import sys
import threading
import time


def crunch(n):
    time.sleep(0.02)
    return sum(range(n * 1000))


def health(i):
    if i == 3:
        raise RuntimeError(f"health check {i} failed")
    return i


def heartbeat(pool, stop, report):
    i = 0
    pending = []
    while not stop.is_set() and i < 8:
        pending.append(pool.apply_async(health, (i,)))
        i += 1
        time.sleep(0.02)
    for r in pending:
        try:
            report["ok"].append(r.get(timeout=5))
        except RuntimeError as e:
            report["failed"].append(str(e))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    report = {"ok": [], "failed": []}
    stop = threading.Event()
    with ctx.Pool(2) as pool:
        t = threading.Thread(target=heartbeat, args=(pool, stop, report), name="heartbeat")
        t.start()
        totals = pool.map(crunch, range(12), chunksize=2)
        stop.set()
        t.join()
    print("map:", len(totals), "results, last", totals[-1])
    print("health ok:", report["ok"], "failed:", report["failed"])
