"""pool-apply: Pool.apply hands one task to a worker and waits for its result before returning.

Run by `mp-tutor lesson pool-apply`; it also runs on its own: python3 demo.py --workers 3 --tasks 6
With --threads 3, three threads of the main process call apply at the same time.
"""
import argparse
import os
import threading
import time
from multiprocessing import Pool


def cube(n, seconds):
    """The task: report which worker runs it, work a little, return n cubed."""
    print(f"cube({n}) runs in worker pid {os.getpid()}")
    time.sleep(seconds)
    return n ** 3


def call_apply(pool, numbers, seconds):
    """Calls apply once per number, one after the other: each call waits for its result."""
    me = threading.current_thread().name
    for n in numbers:
        value = pool.apply(cube, (n, seconds))  # blocks until the result is back
        print(f"{me}: apply returned {value}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=3, help="processes in the pool")
    parser.add_argument("--tasks", type=int, default=6, help="how many times apply is called")
    parser.add_argument("--seconds", type=float, default=0.2, help="length of one task")
    parser.add_argument("--threads", type=int, default=1, help="threads of the main process calling apply")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    print(f"main process pid {os.getpid()}")
    pool = Pool(processes=args.workers)
    if args.threads <= 1:
        call_apply(pool, range(args.tasks), args.seconds)
    else:
        # Each thread gets every threads-th number and calls apply for each of them.
        threads = [threading.Thread(target=call_apply, name=f"caller-{k + 1}",
                                    args=(pool, range(k, args.tasks, args.threads), args.seconds))
                   for k in range(args.threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print("=====> every apply has returned")
    pool.close()
    pool.join()


if __name__ == "__main__":
    main()
