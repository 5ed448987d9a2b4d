"""A worker farm fed by a JoinableQueue with one None per worker and queue.join(). After the third result the parent
sends itself SIGTERM; its handler sets a stop Event. Workers finish the job in hand, then take the remaining items
without doing them (task_done() for each, so join() still returns), and leave at their None."""
import multiprocessing as mp
import os
import signal
import sys
import time


def worker(jobs, results, stop):
    done = skipped = 0
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        if stop.is_set():
            skipped += 1
        else:
            time.sleep(0.15)
            results.put(item * item)
            done += 1
        jobs.task_done()
    results.put(("summary", done, skipped))


def main(ctx):
    jobs, results, stop = ctx.JoinableQueue(), ctx.Queue(), ctx.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    workers = [ctx.Process(target=worker, args=(jobs, results, stop), name="farm-%d" % i) for i in range(2)]
    for w in workers:
        w.start()
    for n in range(12):
        jobs.put(n)
    for _ in workers:
        jobs.put(None)
    got = [results.get() for _ in range(3)]
    os.kill(os.getpid(), signal.SIGTERM)
    print("stop set:", stop.is_set(), flush=True)
    jobs.join()
    print("join() returned", flush=True)
    rest = []
    summaries = []
    while len(summaries) < len(workers):
        r = results.get()
        (summaries if isinstance(r, tuple) else rest).append(r)
    done = sum(s[1] for s in summaries)
    skipped = sum(s[2] for s in summaries)
    print("results:", len(got) + len(rest), "done:", done, "skipped:", skipped, "total:", done + skipped, flush=True)
    for w in workers:
        w.join()
        print(w.name, "exitcode", w.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
