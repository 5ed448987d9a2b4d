"""A Manager().Lock() around a read-modify-write of a Manager().dict() counter, from the work items
of a ProcessPoolExecutor (the proxies go through submit(), which pickles them: they reconnect in each
worker). 4 work items x 25 increments: the total is 100 every time."""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor


def bump(counts, lock, n):
    for _ in range(n):
        with lock:
            counts["hits"] = counts["hits"] + 1
    return n


def main(method):
    ctx = multiprocessing.get_context(method)
    with ctx.Manager() as manager:
        counts = manager.dict(hits=0)
        lock = manager.Lock()
        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            done = sum(f.result() for f in [ex.submit(bump, counts, lock, 25) for _ in range(4)])
        print("increments %d, counter %d" % (done, counts["hits"]), flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
