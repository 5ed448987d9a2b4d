"""shutdown(cancel_futures=True) on two ProcessPoolExecutors: one with work items still queued, one with none left.

The first gets ten 0.3 s items for two workers: shutdown(cancel_futures=True) 0.1 s later cancels the items not yet
handed to a worker (the call queue holds max_workers + 1), and waits for the rest. The second gets two items for two
workers, all handed out at once: cancel_futures=True cancels nothing. The same under every start method."""
import multiprocessing as mp
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def slow(i):
    time.sleep(0.3)
    return i


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    busy = ProcessPoolExecutor(max_workers=2)
    futures = [busy.submit(slow, i) for i in range(10)]
    time.sleep(0.1)
    busy.shutdown(wait=True, cancel_futures=True)
    print("cancelled", sum(f.cancelled() for f in futures), "ran", sum(not f.cancelled() for f in futures))
    idle = ProcessPoolExecutor(max_workers=2)
    two = [idle.submit(slow, i) for i in range(2)]
    time.sleep(0.5)
    idle.shutdown(wait=True, cancel_futures=True)
    print("cancelled", sum(f.cancelled() for f in two), "ran", sum(not f.cancelled() for f in two))
