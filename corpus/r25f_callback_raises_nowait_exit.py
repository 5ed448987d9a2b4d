"""A done-callback that raises (concurrent.futures logs it: "exception calling callback for ..."; the
program goes on), then executor.shutdown(wait=False) and the script ends: the interpreter's exit still
waits for the work item that is running."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def work(n):
    time.sleep(0.3 * n)
    return n


def report(fut):
    if fut.result() == 1:
        raise RuntimeError("report sink is closed")
    print("callback got", fut.result(), flush=True)


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    fs = [ex.submit(work, n) for n in (1, 2, 4)]
    for f in fs:
        f.add_done_callback(report)
    fs[0].result()
    time.sleep(0.1)
    print("item 0 result read; shutting down without waiting", flush=True)
    ex.shutdown(wait=False)
    print("main code ends", flush=True)
