"""The one-liner Pool(3).map(f, xs) seen in many answers: the Pool object is never named, so nothing
closes or joins it; once map() returns, the object is dropped and its finalizer terminates the workers
right there (Python 3.8+ also warns "unclosed running multiprocessing pool" as a ResourceWarning, which
is hidden by default). The program then does more work and a second one-liner."""
import multiprocessing as mp
import sys
import time


def cube(x):
    return x ** 3


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    print(mp.Pool(3).map(cube, range(6)), flush=True)
    time.sleep(0.3)
    print("children now:", len(mp.active_children()), flush=True)
    print(sum(mp.Pool(2).imap(cube, range(10))), flush=True)
    print("done", flush=True)
