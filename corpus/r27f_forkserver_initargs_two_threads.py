"""A ProcessPoolExecutor on mp_context=get_context("forkserver") with initializer= and initargs=; two
threads submit to it at once and each reads its own results; the main thread joins them, then shuts down."""
import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

PREFIX = "unset"


def setup(prefix):
    global PREFIX
    PREFIX = prefix


def label(word):
    return f"{PREFIX}:{word.upper()}"


def client(ex, name, words, out):
    futs = [ex.submit(label, w) for w in words]
    out[name] = [f.result(timeout=10) for f in futs]
    print(f"{name} got {out[name]}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    ex = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("forkserver"),
                             initializer=setup, initargs=("fs",))
    out = {}
    ts = [threading.Thread(target=client, args=(ex, n, ws, out), name=n)
          for n, ws in [("left", ["a", "b", "c"]), ("right", ["x", "y"])]]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ex.shutdown()
    print("main saw", sum(len(v) for v in out.values()), "results; parent PREFIX", PREFIX,
          "start method", multiprocessing.get_start_method())
