"""Pool(2): ten apply_async calls queued, close() right away, then join(): the workers run every queued
task before they end; ready()/successful() and get() after join()."""
import multiprocessing
import sys
import time


def label(n):
    time.sleep(0.1)
    if n == 7:
        raise LookupError(f"no label {n}")
    return f"L{n}"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(2)
    jobs = [pool.apply_async(label, (n,)) for n in range(10)]
    pool.close()
    print("closed; ready now:", sum(j.ready() for j in jobs))
    pool.join()
    print("joined; ready now:", sum(j.ready() for j in jobs))
    print("successful:", [j.successful() for j in jobs].count(True))
    try:
        print([j.get() for j in jobs])
    except LookupError as e:
        print("get raised:", e)
    print("all but 7:", [j.get() for j in jobs if j.successful()])
