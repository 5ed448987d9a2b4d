"""A rate limiter for "downloads": six workers share a BoundedSemaphore(2). Each prints when it
starts and ends and sends its own (start, end) times back; the parent works out from those
timestamps how many downloads overlapped at most."""
import multiprocessing as mp
import sys
import time


def download(name, limit, times, t0):
    with limit:
        start = time.monotonic() - t0
        print(f"{name} start  {start:.2f}s", flush=True)
        time.sleep(0.3)
        end = time.monotonic() - t0
        print(f"{name} done   {end:.2f}s", flush=True)
    times.put((name, start, end))


def most_at_once(spans):
    marks = sorted([(s, 1) for _, s, _ in spans] + [(e, -1) for _, _, e in spans],
                   key=lambda m: (m[0], m[1]))
    now = peak = 0
    for _, d in marks:
        now += d
        peak = max(peak, now)
    return peak


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    limit = ctx.BoundedSemaphore(2)
    times = ctx.Queue()
    t0 = time.monotonic()
    procs = [ctx.Process(target=download, args=(f"file{i}", limit, times, t0), name=f"dl-{i}")
             for i in range(6)]
    for p in procs:
        p.start()
    spans = [times.get() for _ in procs]
    for p in procs:
        p.join()
    print("most downloads at once:", most_at_once(spans))
    print("semaphore back to", limit.get_value(), "free slots")
