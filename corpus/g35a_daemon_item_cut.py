"""Two daemons at the parent's exit: an indexer that takes jobs off a Queue (each takes 0.4 s) and a watcher that
waits on a second Queue nobody puts on. The parent queues four jobs, waits until the indexer has taken one, 0.1 s more, and returns: multiprocessing's exit
function terminates both daemons. The indexer has a job in hand (taken, not done); the watcher has nothing."""
import multiprocessing as mp
import sys
import time


def indexer(jobs, took):
    while True:
        job = jobs.get()
        took.set()                           # the parent waits for a job to be in hand
        time.sleep(0.4)                      # the "indexing"
        print(f"indexed {job}", flush=True)


def watcher(alerts):
    while True:
        print(f"alert: {alerts.get()}", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    jobs, alerts, took = ctx.Queue(), ctx.Queue(), ctx.Event()
    ctx.Process(target=indexer, args=(jobs, took), name="indexer", daemon=True).start()
    ctx.Process(target=watcher, args=(alerts,), name="watcher", daemon=True).start()
    for i in range(4):
        jobs.put(f"doc-{i}")
    took.wait(20)
    time.sleep(0.1)
    print("parent done; returning", flush=True)
