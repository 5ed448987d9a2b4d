"""Graceful Ctrl-C with a ProcessPoolExecutor: the main process waits in as_completed(); on
KeyboardInterrupt it cancels what has not started (shutdown(wait=False, cancel_futures=True)) and
reports. The Ctrl-C is simulated: a timer sends SIGINT to the main process only, after 0.5 s."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import signal
import sys
import threading
import time


def slow(n):
    time.sleep(0.3)
    return n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    ex = cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    futures = [ex.submit(slow, n) for n in range(10)]
    done = []
    try:
        for f in cf.as_completed(futures):
            done.append(f.result())
    except KeyboardInterrupt:
        print("interrupted: cancelling the rest", flush=True)
        ex.shutdown(wait=False, cancel_futures=True)
    time.sleep(0.8)     # let the running ones finish
    print("done before Ctrl-C:", len(done), "| cancelled:", sum(f.cancelled() for f in futures),
          "| finished after:", sum(f.done() and not f.cancelled() for f in futures) - len(done))
