"""pool-vs-processes: the same 100 small tasks, once by a Pool of 5 workers, once by 100 Process objects.

Run by `mp-tutor lesson pool-vs-processes`; it also runs on its own: python3 demo.py --tasks 100 --workers 5
"""
import argparse
import multiprocessing
import time
from multiprocessing import Pool, Process


def task(n):
    """A trivial task: the cost we measure is almost all process handling."""
    return n * n


def with_pool(tasks, workers):
    pool = Pool(workers)
    pool.map(task, range(tasks))
    pool.close()
    pool.join()


def with_processes(tasks):
    children = [Process(target=task, args=(n,)) for n in range(tasks)]
    for child in children:
        child.start()
    for child in children:
        child.join()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=100, help="how many tasks each way")
    parser.add_argument("--workers", type=int, default=5, help="processes in the pool")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()
    print(f"start method: {multiprocessing.get_start_method()}")

    print(f"=== {args.tasks} tasks with Pool({args.workers}).map")
    start = time.perf_counter()
    with_pool(args.tasks, args.workers)
    pool_seconds = time.perf_counter() - start
    print(f"pool: {pool_seconds:.3f} s")

    print(f"=== {args.tasks} tasks with {args.tasks} Process objects")
    start = time.perf_counter()
    with_processes(args.tasks)
    process_seconds = time.perf_counter() - start
    print(f"processes: {process_seconds:.3f} s")

    print(f"the pool was faster: {pool_seconds < process_seconds} "
          f"({process_seconds / pool_seconds:.1f} times less time than one process per task)")


if __name__ == "__main__":
    main()
