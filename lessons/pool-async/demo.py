"""pool-async: a Pool of worker processes runs tasks handed to it with apply_async.

Run by `mp-tutor lesson pool-async`; it also runs on its own: python3 demo.py --workers 3 --tasks 10
"""
import argparse
import os
import random
import time
from multiprocessing import Pool


def square_slowly(n, seconds):
    """The task: pretend to work for a while, then return n squared."""
    print(f"task {n} starts in worker pid {os.getpid()}")
    time.sleep(seconds)
    return n * n


def collect(result):
    """The callback: called with each task's result as soon as it is back in the parent."""
    print(f"callback got {result} in pid {os.getpid()}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=3, help="processes in the pool")
    parser.add_argument("--tasks", type=int, default=10, help="tasks to submit")
    parser.add_argument("--seconds", type=float, default=0.5, help="average length of one task")
    parser.add_argument("--seed", type=int, default=None, help="seed for the task lengths")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    print(f"main process pid {os.getpid()}")
    pool = Pool(processes=args.workers)
    pending = []
    for n in range(args.tasks):
        # Each task lasts between 0.5x and 1.5x the average, so workers free up at different times.
        seconds = round(args.seconds * (0.5 + rng.random()), 2)
        pending.append(pool.apply_async(square_slowly, (n, seconds), callback=collect))
    print("=====> all tasks submitted; the main process goes on at once")

    pool.close()  # no more tasks may be submitted
    pool.join()   # wait until the workers have finished every queued task and exited
    print("results:", [result.get() for result in pending])


if __name__ == "__main__":
    main()
