"""thread-pool: the same pool code twice, with a thread pool and with a process pool.

Run by `mp-tutor lesson thread-pool`; it also runs on its own: python3 demo.py --workers 3 --tasks 4
With --dummy, the thread pool is multiprocessing.dummy.Pool instead of multiprocessing.pool.ThreadPool.
"""
import argparse
import os
import threading
import time
import multiprocessing.dummy
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool

PAUSE = 0.2   # seconds one task takes
SEEN = []     # a list of the module: every task appends its number to it
RESULTS = []  # filled by the callback, in the main process


def work(n):
    SEEN.append(n)
    # One write per line (end=""), so that lines of different threads do not run into each other.
    print(f"task {n}: pid {os.getpid()}, thread {threading.current_thread().name}\n", end="")
    time.sleep(PAUSE)
    return n * n


def keep(result):
    RESULTS.append(result)


def run_with(label, name, make_pool, workers, tasks):
    """Exactly the same calls, whatever kind of pool make_pool returns."""
    SEEN.clear()
    RESULTS.clear()
    print(f"=== [{label}] {name}({workers})")
    pool = make_pool(workers)
    pending = [pool.apply_async(work, (n,), callback=keep) for n in range(tasks)]
    squares = pool.map(work, range(tasks, 2 * tasks), chunksize=1)
    values = [r.get() for r in pending]
    print(f"[{label}] results {values + squares}, {len(RESULTS)} via the callback")
    print(f"[{label}] SEEN in the main process: {len(SEEN)} entries; "
          f"all {2 * tasks} task numbers: {sorted(SEEN) == list(range(2 * tasks))}")
    return pool, values + squares


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=3, help="threads, then processes, in the pool")
    parser.add_argument("--tasks", type=int, default=4, help="apply_async calls; map gets as many items")
    parser.add_argument("--dummy", action="store_true", help="use multiprocessing.dummy.Pool as the thread pool")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    print(f"main process pid {os.getpid()}")
    if args.dummy:
        name, thread_pool = "multiprocessing.dummy.Pool", multiprocessing.dummy.Pool
    else:
        name, thread_pool = "multiprocessing.pool.ThreadPool", ThreadPool
    thread_pool, with_threads = run_with("thread pool", name, thread_pool, args.workers, args.tasks)
    process_pool, with_processes = run_with("process Pool", "multiprocessing.Pool", Pool, args.workers, args.tasks)
    print(f"same results both ways: {with_threads == with_processes}")
    # Both pools are closed only now. (Closing the thread pool first would be just as right; keeping
    # its threads alive to the end keeps every thread name in the timeline apart.)
    for pool in (thread_pool, process_pool):
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
