"""pool-results: what an AsyncResult can tell you: ready, successful, wait, get(timeout), and a task's exception.

Run by `mp-tutor lesson pool-results`; it also runs on its own: python3 demo.py
"""
import argparse
import multiprocessing
import os
import re
import threading
import time
from multiprocessing import Pool


def square_slowly(n, seconds):
    time.sleep(seconds)
    return n * n


def divide_slowly(a, b, seconds):
    time.sleep(seconds)
    return a / b  # b == 0 raises ZeroDivisionError, in the worker


def report_error(error):
    """The error_callback: gets the exception object, in the main process."""
    print(f"error_callback got {type(error).__name__}: {error} "
          f"(pid {os.getpid()}, thread {threading.current_thread().name})")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=0.3, help="length of the quick tasks (the slow one takes 3 times as long)")
    parser.add_argument("--timeout", type=float, default=0.1, help="the timeout given to get() on the slow task")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    pool = Pool(3)
    fast = pool.apply_async(square_slowly, (3, args.seconds))
    slow = pool.apply_async(square_slowly, (4, round(3 * args.seconds, 3)))
    bad = pool.apply_async(divide_slowly, (1, 0, args.seconds), error_callback=report_error)
    print(f"ready() at once: fast {fast.ready()}, slow {slow.ready()}, bad {bad.ready()}")

    try:
        fast.successful()
    except ValueError as error:
        message = str(error)  # "<multiprocessing.pool.ApplyResult object at 0x...> not ready"
        print(f"successful() too early: ValueError: ...{message[message.rfind('>') + 1:]}")

    slow.wait(args.timeout)  # waits at most this long, and just returns
    print(f"slow.wait({args.timeout}) returned; slow.ready() is {slow.ready()}")
    try:
        slow.get(timeout=args.timeout)
    except multiprocessing.TimeoutError:
        print(f"slow.get(timeout={args.timeout}) raised TimeoutError; the task goes on running")

    fast.wait()  # no timeout: until the result is there
    print(f"fast: ready {fast.ready()}, successful {fast.successful()}, get() {fast.get()}")

    bad.wait()
    print(f"bad: ready {bad.ready()}, successful {bad.successful()}")
    try:
        bad.get()
    except ZeroDivisionError as error:
        print(f"get() re-raised ZeroDivisionError: {error}")
        # The worker's traceback travels along, as the exception's __cause__ (a RemoteTraceback).
        where = re.findall(r"line \d+, in \w+", str(error.__cause__))
        print(f"the worker's traceback came along too; it ends at {where[-1]}")

    again = pool.apply_async(square_slowly, (5, 0.1))  # the pool still works after a failed task
    print(f"slow.get() {slow.get()}, again.get() {again.get()}")
    pool.close()
    pool.join()


if __name__ == "__main__":
    main()
