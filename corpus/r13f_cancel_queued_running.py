"""cancel() as tutorials show it, on a ProcessPoolExecutor(max_workers=2) with eight work items of
0.6 s: after 0.3 s the program asks each Future running() and cancel(). The two work items the
workers are running cannot be cancelled; a work item the executor has already put in its call queue
(max_workers + 1 slots) says running() == True and cannot be cancelled either, though no worker has
started it yet; the rest are still pending and cancel() returns True. Which ones were queued
depends on timing; work items 5, 6 and 7 are always still pending."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, CancelledError


def slow(i):
    print("work item", i, "starts", flush=True)
    time.sleep(0.6)
    return i * 10


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futures = [ex.submit(slow, i) for i in range(8)]
        time.sleep(0.3)
        states = [(f.running(), f.cancel()) for f in futures]
        for i, (running, cancelled) in enumerate(states):
            print("item %d: running() %s, cancel() %s" % (i, running, cancelled), flush=True)
    done = []
    for i, f in enumerate(futures):
        try:
            done.append((i, f.result()))
        except CancelledError:
            pass
    print("results:", done, flush=True)
    print("last three cancelled:", [f.cancelled() for f in futures[5:]], flush=True)
