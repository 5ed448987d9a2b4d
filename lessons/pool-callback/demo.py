"""pool-callback: callbacks run in the main process, one at a time, on the pool's result-handler thread.

Run by `mp-tutor lesson pool-callback`; it also runs on its own: python3 demo.py --tasks 4 --callback_seconds 0.4
"""
import argparse
import os
import threading
import time
from multiprocessing import Pool


def work(n, finish_at):
    """The task, in a worker: works until the common finishing time, so all tasks end together."""
    print(f"task {n} runs in worker pid {os.getpid()}")
    time.sleep(max(0.0, finish_at - time.monotonic()))
    return n, os.getpid(), round(time.monotonic(), 3)  # several values reach the callback as ONE tuple


CALLBACK_SECONDS = 0.4  # set by main(); the callback runs in the main process, so it sees it


def slow_callback(result):
    """Called with the task's return value, in the main process, on the _handle_results thread."""
    n, worker_pid, ended_at = result
    late = time.monotonic() - ended_at
    print(f"callback for task {n} (computed by pid {worker_pid}) runs in pid {os.getpid()}, "
          f"thread {threading.current_thread().name}, {late:.2f} s after the task ended")
    time.sleep(CALLBACK_SECONDS)  # a slow callback: e.g. parsing or writing to a file


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=4, help="tasks, and workers in the pool (one each)")
    parser.add_argument("--seconds", type=float, default=0.4, help="how long the tasks work")
    parser.add_argument("--callback_seconds", type=float, default=0.4, help="how long each callback takes")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    global CALLBACK_SECONDS
    CALLBACK_SECONDS = args.callback_seconds
    print(f"main process pid {os.getpid()}")
    pool = Pool(processes=args.tasks)
    # Every task works until the same moment (CLOCK_MONOTONIC is one clock for all processes).
    finish_at = round(time.monotonic() + args.seconds + 0.2, 3)  # + time for the workers to start
    for n in range(args.tasks):
        pool.apply_async(work, (n, finish_at), callback=slow_callback)
    pool.close()
    pool.join()  # waits for the workers, which the pool keeps until every callback has returned
    print("all callbacks done")


if __name__ == "__main__":
    main()
