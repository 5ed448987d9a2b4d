"""shutdown(wait=False, cancel_futures=True) while two items run and six wait. shutdown() returns at
once; the executor's manager thread cancels the items not yet in the call queue a moment later (so
the print right after shutdown() may list none), the ones already sent run to the end and their
result() still returns. The program only waits on the futures that were not cancelled."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def step(i):
    time.sleep(0.5)
    return f"step {i} ok"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    futures = [ex.submit(step, i) for i in range(8)]
    while sum(f.running() for f in futures) < 2:
        time.sleep(0.01)
    ex.shutdown(wait=False, cancel_futures=True)
    print("shutdown returned; cancelled:", [i for i, f in enumerate(futures) if f.cancelled()])
    for i, f in enumerate(futures):
        if not f.cancelled():
            print(i, f.result())
    try:
        ex.submit(step, 99)
    except RuntimeError as e:
        print("submit after shutdown:", e)
