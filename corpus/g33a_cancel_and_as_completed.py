"""Hand-made Futures: one cancelled before anyone ran it (cancel() returns True; a later set_result() on it raises
InvalidStateError); two waited on by as_completed() while a process-backed thread resolves them, one with
set_exception(); then wait() on all three, where the cancelled one still counts as not done (only an executor marks a
cancelled Future notified)."""
import concurrent.futures
import multiprocessing
import sys
import threading
import time


def square(n):
    time.sleep(0.2)
    return n * n


def resolve(pool, good, bad):
    good.set_result(pool.apply(square, (7,)))
    time.sleep(0.2)
    bad.set_exception(TimeoutError("sensor 2 did not answer"))


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    skipped = concurrent.futures.Future()
    print("cancel before it ran:", skipped.cancel(), skipped.cancelled())
    try:
        skipped.set_result(1)
    except concurrent.futures.InvalidStateError as e:
        print("set_result on the cancelled one:", type(e).__name__)
    good, bad = concurrent.futures.Future(), concurrent.futures.Future()
    with ctx.Pool(1) as pool:
        t = threading.Thread(target=resolve, args=(pool, good, bad), name="resolver")
        t.start()
        for done in concurrent.futures.as_completed([good, bad], timeout=20):
            if done.exception() is not None:
                print("as_completed: failed with", done.exception())
            else:
                print("as_completed: result", done.result())
        t.join()
    finished, pending = concurrent.futures.wait([good, bad, skipped], timeout=1)
    print("wait:", len(finished), "done,", len(pending), "pending")
