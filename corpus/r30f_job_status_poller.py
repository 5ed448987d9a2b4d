"""A status loop as one writes it for a long batch: poll each Future with done()/running() and
result(timeout=0) every 0.2 s, print a status line, and cancel() whatever is still queued once
a deadline passes. After shutdown() a late submit() raises RuntimeError, which is reported."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def render(page):
    time.sleep(0.3 + 0.1 * page)
    return f"page-{page}.pdf"


def status(f):
    return "done" if f.done() else "running" if f.running() else "queued"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    jobs = {page: pool.submit(render, page) for page in range(8)}
    finished, deadline = {}, time.monotonic() + 0.7
    while len(finished) + sum(f.cancelled() for f in jobs.values()) < len(jobs):
        for page, f in jobs.items():
            if page in finished or f.cancelled():
                continue
            try:
                finished[page] = f.result(timeout=0)
            except TimeoutError:
                pass
        print("status:", " ".join(status(f)[0] for f in jobs.values()), flush=True)
        if time.monotonic() > deadline:
            dropped = [p for p, f in jobs.items() if f.cancel()]
            if dropped:
                print("deadline passed, cancelled pages", dropped)
            deadline = float("inf")
        time.sleep(0.2)
    pool.shutdown()
    print("rendered:", sorted(finished.values()))
    try:
        pool.submit(render, 99)
    except RuntimeError as e:
        print("late submit refused:", e)
