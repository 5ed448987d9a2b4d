"""Forum question: "my program hangs when the workers return big lists". Each worker computes a
list of 20,000 floats and puts it on a Queue; the parent joins every worker first and only then
reads the results. A child cannot finish while its item still sits in its feeder thread's pipe
(the docs' "Joining processes that use queues"), so join() waits for ever."""
import multiprocessing as mp
import sys


def compute(worker_id, out):
    values = [worker_id + i / 3 for i in range(20_000)]
    out.put((worker_id, values))
    print(f"worker {worker_id} put its result")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    results = ctx.Queue()
    workers = [ctx.Process(target=compute, args=(n, results)) for n in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()  # waits here for ever: the results are still in the pipe
    print("all workers joined")
    totals = {}
    for _ in workers:
        worker_id, values = results.get()
        totals[worker_id] = len(values)
    print(totals)
