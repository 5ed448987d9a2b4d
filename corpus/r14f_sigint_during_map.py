"""Ctrl-C during 'for r in executor.map(...)' with no handler at all (the docs' primes example with a
long input): a threading.Timer sends SIGINT to the main process only, after 0.7 s. KeyboardInterrupt
leaves the for loop and the with-block, whose shutdown(wait=True) first lets every submitted work item
run; then the traceback, and Python ends itself with SIGINT."""
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def slow_square(n):
    time.sleep(0.25)
    return n * n


def main(method):
    ctx = multiprocessing.get_context(method)
    threading.Timer(0.7, os.kill, args=(os.getpid(), signal.SIGINT)).start()
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        for n, sq in zip(range(8), ex.map(slow_square, range(8))):
            print(n, sq, flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
