"""One worker, four work items: cancel() of an item still queued (True), result(timeout=0.2) raising
TimeoutError on a running one and then result() with no timeout waiting until it returns; cancel() of a
running one (False)."""
import concurrent.futures
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def step(n):
    time.sleep(0.6)
    return f"step {n} done"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        fs = [ex.submit(step, n) for n in range(5)]
        print("cancel item 4:", fs[4].cancel(), fs[4].cancelled())
        try:
            fs[0].result(timeout=0.2)
        except concurrent.futures.TimeoutError:
            print("item 0 not ready after 0.2 s; running:", fs[0].running())
        print("cancel item 0:", fs[0].cancel())
        print(fs[0].result())
    print([("cancelled" if f.cancelled() else f.result()) for f in fs])
