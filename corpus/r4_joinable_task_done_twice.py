"""A JoinableQueue mistake: the worker calls task_done() twice for one item and gets ValueError."""
import multiprocessing as mp
import sys


def worker(q):
    item = q.get()
    print("worker got", item, flush=True)
    q.task_done()
    q.task_done()            # one too many: ValueError, the worker dies with exit code 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.JoinableQueue()
    q.put("job")
    p = mp.Process(target=worker, args=(q,))
    p.start()
    q.join()                  # returns after the first task_done()
    print("join() returned")
    p.join()
    print("worker exit code", p.exitcode)
