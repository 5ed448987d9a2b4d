"""wait(return_when=FIRST_EXCEPTION) returns when the first work item raises; the program then does
NOT cancel the rest but waits for them with a second wait() and sorts good from bad."""
import multiprocessing
import sys
import time
from concurrent.futures import FIRST_EXCEPTION, ALL_COMPLETED, ProcessPoolExecutor, wait


def check(n):
    time.sleep(0.2 + 0.1 * n)
    if n == 2:
        raise KeyError(n)
    return n * n


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futures = [ex.submit(check, n) for n in range(6)]
        done, pending = wait(futures, return_when=FIRST_EXCEPTION)
        print("first wait:", len(done), "done,", len(pending), "pending")
        failed = [f for f in done if f.exception() is not None]
        print("failed so far:", [repr(f.exception()) for f in failed])
        done2, pending2 = wait(pending, return_when=ALL_COMPLETED)
        print("second wait:", len(done2), "done,", len(pending2), "pending")
        for n, f in enumerate(futures):
            print(n, "->", repr(f.exception()) if f.exception() else f.result())
