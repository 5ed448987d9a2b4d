"""JoinableQueue read from the reference: the worker calls task_done() once more than it got items (ValueError:
task_done() called too many times), after the parent's join() on the queue has already returned."""
import multiprocessing as mp
import sys


def work(q):
    for _ in range(2):
        item = q.get()
        print("worker got", item, flush=True)
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("third task_done():", e, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.JoinableQueue()
    p = mp.Process(target=work, args=(q,), name="worker")
    p.start()
    q.put("x")
    q.put("y")
    q.join()
    print("queue join() returned: every put was matched by a task_done()", flush=True)
    p.join()
    print("worker exit code", p.exitcode, flush=True)
