"""A crawler: each child puts progress messages, then one big result, on a shared Queue.

The parent drains what qsize() says is there after a short sleep, then joins the children before reading the
rest. A child whose big result is still in its feeder thread cannot exit until someone reads it: join() waits
for ever (the watchdog stops the run).
"""
import multiprocessing as mp
import sys
import time


def crawl(q, site):
    for page in range(3):
        time.sleep(0.3)                             # fetching a page
        q.put(("progress", site, page))
    q.put(("result", site, ["link"] * 50_000))      # about 300 kB pickled


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    procs = [ctx.Process(target=crawl, args=(q, s)) for s in ("alpha", "beta")]
    for p in procs:
        p.start()
    time.sleep(0.5)
    for _ in range(q.qsize()):                       # what is there now, the learner thinks
        kind, site, payload = q.get()
        print(kind, site, payload if kind == "progress" else len(payload), flush=True)
    for p in procs:
        p.join()                                     # hangs: a result still waits in a pipe
        print("joined", p.name, flush=True)
    while not q.empty():
        print("late:", q.get()[:2])
