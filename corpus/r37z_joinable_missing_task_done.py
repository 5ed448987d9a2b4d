"""A JoinableQueue of 5 jobs and one consumer that forgets task_done() for the job that raises (the except branch
just prints). The parent calls q.join() with no timeout, so it waits for ever: a hang the tutor should explain
(4 of 5 task_done() calls made). Run under a timeout."""
import multiprocessing as mp
import sys


def consumer(q):
    while True:
        job = q.get()
        if job is None:
            q.task_done()
            break
        try:
            if job == 3:
                raise ValueError("bad job 3")
            print("done job", job, flush=True)
            q.task_done()
        except ValueError as exc:
            print("skipped:", exc, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.JoinableQueue()
    c = ctx.Process(target=consumer, args=(q,), name="consumer", daemon=True)
    c.start()
    for job in range(5):
        q.put(job)
    q.put(None)
    print("waiting for all jobs", flush=True)
    q.join()
    print("all jobs done")
