"""Event-driven shutdown: three workers loop `while not stop.is_set()` taking jobs from a Queue
with get(timeout=0.1) and sending squares back. The parent sets stop after 8 results and joins
them. Worker 2 spends 0.6 s on each job, so it notices the stop late."""
import multiprocessing as mp
import queue
import sys
import time


def worker(wid, jobs, results, stop):
    done = 0
    while not stop.is_set():
        try:
            n = jobs.get(timeout=0.1)
        except queue.Empty:
            continue
        time.sleep(0.6 if wid == 2 else 0.05)
        results.put((wid, n * n))
        done += 1
    print(f"worker {wid} saw stop after {done} jobs", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    jobs, results, stop = ctx.Queue(), ctx.Queue(), ctx.Event()
    for n in range(30):
        jobs.put(n)
    procs = [ctx.Process(target=worker, args=(w, jobs, results, stop)) for w in range(3)]
    for p in procs:
        p.start()
    got = [results.get() for _ in range(8)]
    stop.set()
    t = time.monotonic()
    for p in procs:
        p.join()
    print(f"joined all in {time.monotonic() - t:.1f}s; first 8 results from workers",
          sorted({w for w, _ in got}))
    late = 0
    while True:
        try:
            results.get(timeout=0.2)
            late += 1
        except queue.Empty:
            break
    left = 0
    while True:
        try:
            jobs.get(timeout=0.2)
            left += 1
        except queue.Empty:
            break
    print(f"results after stop: {late}, jobs never started: {left}")
