"""JoinableQueue with one task_done() too many, in the main process: it puts three jobs and calls
task_done() once "to be safe". join() then returns while the last job is still in the queue; the
worker's third task_done() raises nothing, because the None put after join() counts as one more task."""
import multiprocessing as mp
import sys
import time


def worker(q):
    while True:
        job = q.get()
        if job is None:
            break
        time.sleep(0.3)
        print("done", job, flush=True)
        q.task_done()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.JoinableQueue()
    w = mp.Process(target=worker, args=(q,))
    w.start()
    for job in ("a", "b", "c"):
        q.put(job)
    q.task_done()
    t0 = time.monotonic()
    q.join()
    print("join() returned after %.1f s" % (time.monotonic() - t0), flush=True)
    q.put(None)
    w.join()
    print("worker exit code", w.exitcode, flush=True)
