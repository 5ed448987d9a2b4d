"""Course exercise: a job system on a JoinableQueue. Two workers take jobs, call task_done() after each and stop at
a None. Job 'bad' makes its worker raise in the middle of the job, before task_done(): the other worker finishes
every other job, but the parent's jobs.join() waits for the one unfinished task forever (hangs on purpose)."""
import multiprocessing as mp
import sys
import time


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        time.sleep(0.05)
        if job == "bad":
            raise ValueError("cannot handle job %r" % job)
        results.put(job.upper())
        jobs.task_done()


def main(ctx):
    jobs = ctx.JoinableQueue()
    results = ctx.Queue()
    ws = [ctx.Process(target=worker, args=(jobs, results), name="w%d" % i) for i in range(2)]
    for w in ws:
        w.start()
    for job in ["a", "b", "bad", "c", "d", "e"]:
        jobs.put(job)
    for _ in ws:
        jobs.put(None)
    time.sleep(1.0)
    print("workers alive:", [w.is_alive() for w in ws], flush=True)
    print("waiting for every job...", flush=True)
    jobs.join()
    print("all jobs done", flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
