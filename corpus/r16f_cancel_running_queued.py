"""Future.cancel() on a running work item (False: it runs on), on one waiting in the call queue
(False on 3.11: it is already RUNNING as far as the executor is concerned) and on ones still
pending in the executor (True). result() of a cancelled future raises CancelledError."""
import multiprocessing
import sys
import time
from concurrent.futures import CancelledError, ProcessPoolExecutor


def slow(i):
    time.sleep(0.6)
    return i * 10


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        futures = [ex.submit(slow, i) for i in range(5)]
        while not futures[0].running():
            time.sleep(0.01)
        time.sleep(0.1)
        for i, f in enumerate(futures):
            print(f"cancel({i}) ->", f.cancel(), "running:", f.running(), "cancelled:", f.cancelled())
        for i, f in enumerate(futures):
            try:
                print(f"result({i}) =", f.result())
            except CancelledError:
                print(f"result({i}) raised CancelledError")
