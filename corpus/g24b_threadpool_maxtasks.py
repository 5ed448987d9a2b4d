"""A ThreadPool whose worker threads take maxtasksperchild=1 (ThreadPool's own constructor does not pass it on, so a
subclass calls Pool.__init__ with it): each worker thread ends after one task and the pool's worker-handler thread
starts a new one in its place. One task a round: the handler wakes when the pool's cache empties, and the other worker
is still there for the next round if the one that ran had not ended yet. The start method is set (argv[1]) though a
ThreadPool starts no process."""
import multiprocessing as mp
import sys
import threading
from multiprocessing.pool import Pool, ThreadPool


class ShortLivedThreadPool(ThreadPool):
    def __init__(self, processes):
        Pool.__init__(self, processes, maxtasksperchild=1)


def square(x):
    return x * x, threading.current_thread().name


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    names = set()
    with ShortLivedThreadPool(2) as pool:
        for i in range(4):
            value, name = pool.apply_async(square, (i,)).get(timeout=10)
            names.add(name)
            print("round", i, "square", value, flush=True)
    print("worker threads used:", len(names), flush=True)
