"""wait(return_when=FIRST_EXCEPTION) on eight items of a one-worker pool made with
mp_context=get_context("spawn") (whatever the default is); cancel() each of the rest and print which
cancel() calls worked; then shutdown(cancel_futures=True)."""
import multiprocessing
import sys
import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait


def check_page(n):
    time.sleep(0.15)
    if n == 2:
        raise ConnectionError(f"page {n} unreachable")
    return n * 100


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    ex = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    pages = [ex.submit(check_page, n) for n in range(8)]
    done, not_done = wait(pages, timeout=10, return_when=FIRST_EXCEPTION)
    print("done:", len(done), "not done:", len(not_done))
    bad = [f for f in done if f.exception() is not None]
    print("first error:", repr(bad[0].exception()))
    outcome = {pages.index(f): f.cancel() for f in sorted(not_done, key=pages.index)}
    print("cancel() per item:", outcome)
    ex.shutdown(wait=True, cancel_futures=True)
    print("after shutdown:", ["X" if f.cancelled() else ("E" if f.exception() else f.result()) for f in pages])
