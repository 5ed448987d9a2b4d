"""wait(return_when=FIRST_EXCEPTION) returns when one work item raises; the others are left running
(cancel() on a running one is False, on one still queued it is True). exception() returns the
error, result() raises it; the with-block then waits for the ones still running."""
import multiprocessing
import sys
import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait


def job(n):
    if n == 1:
        time.sleep(0.2)
        raise OSError(f"disk {n} unreadable")
    time.sleep(0.8)
    return n * 10


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        fs = [ex.submit(job, n) for n in range(8)]
        done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
        print("done:", sorted(fs.index(f) for f in done), "not done:", len(not_done))
        bad = fs[1]
        print("exception():", repr(bad.exception()))
        try:
            bad.result()
        except OSError as e:
            print("result() raised:", e)
        print("cancel running item 0:", fs[0].cancel())
        print("cancel last item 7:", fs[7].cancel(), fs[7].cancelled())
    print("after with:", [f.result() if not f.cancelled() and f.exception() is None else "-" for f in fs])
