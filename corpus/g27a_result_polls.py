"""Gaps 27A: a program that polls AsyncResult.ready() in a loop, asks successful() too early (ValueError) and again
when the result is in; a second result that fails (successful() False); a thread that polls ready() too."""
import multiprocessing as mp
import sys
import threading
import time


def slow(x):
    time.sleep(0.4)
    return x * 2


def fails(x):
    time.sleep(0.1)
    raise KeyError(x)


def watcher(r, out):
    n = 0
    while not r.ready():
        n += 1
        time.sleep(0.02)
    out.append(n)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        r = pool.apply_async(slow, (21,))
        bad = pool.apply_async(fails, (7,))
        try:
            r.successful()
        except ValueError as e:
            print("successful() too early:", type(e).__name__)
        seen = []
        t = threading.Thread(target=watcher, args=(bad, seen), name="watcher")
        t.start()
        polls = 0
        while not r.ready():
            polls += 1
            time.sleep(0.01)
        print("ready after some polls:", polls > 0, "successful:", r.successful(), "value:", r.get())
        t.join()
        print("watcher polled:", seen[0] > 0, "bad successful:", bad.successful())
        try:
            bad.get()
        except KeyError as e:
            print("bad raised KeyError", e)
