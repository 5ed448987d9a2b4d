"""A child builds a deeply nested result (a linked list of tuples) and put()s it: put() returns, the queue's
feeder thread fails to pickle it (RecursionError) and drops it, and the parent's get() waits forever
(https://github.com/python/cpython/issues/84376 "multiprocessing.Queue.put can fail silently due to pickle
errors", https://github.com/python/cpython/issues/109554)."""
import multiprocessing as mp
import sys
import time


def build(q):
    node = None
    for i in range(100000):
        node = (i, node)
    q.put(node)
    print("child: put() returned", flush=True)
    time.sleep(0.5)  # other work before the child ends
    print("child: done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=build, args=(q,), name="builder")
    p.start()
    head = q.get()
    print("got", head[0], flush=True)
    p.join()
