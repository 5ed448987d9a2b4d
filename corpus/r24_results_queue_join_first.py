"""A learner collects each worker's results through one Queue, but joins the workers first.

Asked as: "my program hangs at join() but only when the lists are big". The small worker ends; the
two big ones cannot: their feeder threads still hold data nobody has read. join(timeout=5) shows it,
then the learner drains the queue and joins again."""
import multiprocessing as mp
import sys
import time


def worker(q, wid, n):
    q.put((wid, [i * 0.5 for i in range(n)]))
    print("worker", wid, "put", n, "numbers", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    sizes = {0: 10, 1: 60000, 2: 60000}
    procs = [ctx.Process(target=worker, args=(q, w, n), name="worker-%d" % w) for w, n in sizes.items()]
    for p in procs:
        p.start()
    t0 = time.monotonic()
    for p in procs:
        p.join(timeout=5 if p is procs[1] else 0.5)
        print(p.name, "after join: alive", p.is_alive(), "exitcode", p.exitcode, flush=True)
    print("joined for %.0f s; now draining" % (time.monotonic() - t0))
    got = {}
    for _ in procs:
        wid, numbers = q.get()
        got[wid] = len(numbers)
    for p in procs:
        p.join()
    print("got", dict(sorted(got.items())), "exitcodes", [p.exitcode for p in procs])
