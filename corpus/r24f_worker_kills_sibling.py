"""A work item sends SIGKILL to its sibling worker with os.kill: the executor breaks, every pending
future gets BrokenProcessPool (seen by as_completed and by a done-callback), and submit() after it
raises BrokenProcessPool too; the executor used after shutdown() raises RuntimeError."""
import multiprocessing
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool


def whoami(_):
    time.sleep(0.3)
    return os.getpid()


def kill(pids):
    others = [p for p in pids if p != os.getpid()]
    os.kill(others[0] if others else os.getpid(), signal.SIGKILL)
    time.sleep(1)
    return "killed"


def slow(n):
    time.sleep(2)
    return n


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    pids = list(ex.map(whoami, range(2)))
    fs = [ex.submit(slow, 1), ex.submit(kill, pids), ex.submit(slow, 3)]
    fs[2].add_done_callback(lambda f: print("callback saw", type(f.exception()).__name__))
    for f in as_completed(fs):
        try:
            print("result", f.result())
        except BrokenProcessPool as e:
            print("broken:", fs.index(f), e)
    try:
        ex.submit(slow, 9)
    except BrokenProcessPool as e:
        print("submit after:", e)
    ex.shutdown()
    try:
        ex.submit(slow, 10)
    except (RuntimeError, BrokenProcessPool) as e:
        print("after shutdown:", type(e).__name__, e)
