"""A Pool(2) gets a task that takes far longer than the run (a long sleep) and a quick one; the program reads the quick
result, close()s the pool and join()s it: a hang the watchdog ends. The worker that ran the quick task is idle: the pool
is closed, so no new task can come to it; its get() on the task queue waits for the pool's signal to end, which the pool
sends only once every job has finished (the long one does not within the run)."""
import multiprocessing as mp
import sys
import time


def long_task(n):
    time.sleep(600)
    return n


def quick(n):
    return n * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(2)
    slow = pool.apply_async(long_task, (1,))
    print("quick:", pool.apply_async(quick, (7,)).get(), flush=True)
    pool.close()
    print("closed; joining the pool...", flush=True)
    pool.join()
    print("joined")
