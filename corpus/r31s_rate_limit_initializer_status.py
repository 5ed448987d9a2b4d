"""A rate-limited job runner: a Pool of four workers, but at most two "requests" at once, through a
BoundedSemaphore given to each worker by the pool's initializer. A Manager dict holds each job's
status (queued, running, done, failed); the parent prints it at the end with the peak concurrency."""
import multiprocessing as mp
import sys
import time

limit = None
status = None


def init(sem, shared):
    global limit, status
    limit, status = sem, shared


def job(n):
    status[n] = "queued"
    with limit:
        status[n] = "running"
        start = time.monotonic()
        time.sleep(0.2)
        end = time.monotonic()
    if n == 5:
        status[n] = "failed"
        raise RuntimeError(f"job {n}: HTTP 503")
    status[n] = "done"
    return n, start, end


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as manager:
        shared = manager.dict()
        with ctx.Pool(4, initializer=init, initargs=(ctx.BoundedSemaphore(2), shared)) as pool:
            results = [pool.apply_async(job, (n,)) for n in range(8)]
            spans = []
            for r in results:
                try:
                    spans.append(r.get(timeout=10))
                except RuntimeError as e:
                    print("error:", e)
        peak = max(sum(1 for _, s, e in spans if s <= t < e) for _, t, _ in spans)
        print("status:", dict(sorted(shared.items())))
        print("peak concurrent requests:", peak)
