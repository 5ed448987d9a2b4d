"""Producer/consumer with a JoinableQueue: the producer Process puts 8 jobs and calls jobs.join()
itself, so it ends only when every job has been task_done()'d; two daemon consumers put their
results on a second Queue and never end on their own."""
import multiprocessing as mp
import sys


def producer(jobs):
    for i in range(8):
        jobs.put(i)
    jobs.join()
    print("producer: all 8 jobs done", flush=True)


def consumer(jobs, results):
    while True:
        job = jobs.get()
        try:
            results.put((job, job ** 3))
        finally:
            jobs.task_done()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    jobs, results = ctx.JoinableQueue(), ctx.Queue()
    cons = [ctx.Process(target=consumer, args=(jobs, results), daemon=True) for _ in range(2)]
    prod = ctx.Process(target=producer, args=(jobs,))
    for c in cons:
        c.start()
    prod.start()
    prod.join()
    cubes = sorted(results.get() for _ in range(8))
    print("cubes", [c for _, c in cubes], "producer exit", prod.exitcode)
