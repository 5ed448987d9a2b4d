"""A child writes without a newline: flushed, it shows; buffered then os._exit, it is lost (untraced too)."""
import multiprocessing as mp
import os
import sys
import time


def flushed():
    sys.stdout.write("working")
    sys.stdout.flush()
    time.sleep(0.2)
    sys.stdout.write("... done")     # no newline, flushed at exit


def lost():
    sys.stdout.write("this never appears")
    os._exit(0)                      # skips the flush of sys.stdout


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for target in (flushed, lost):
        p = mp.Process(target=target)
        p.start()
        p.join()
    print()
    print("exit codes done")
