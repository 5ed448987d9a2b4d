"""shutdown(wait=False, cancel_futures=True), then wait() on all the futures: it never returns.

The items shutdown cancelled stay CANCELLED (never CANCELLED_AND_NOTIFIED), and wait() waits for that: a hang on 3.11.
"""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def slow(x):
    time.sleep(0.4)
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    fs = [ex.submit(slow, i) for i in range(6)]
    fs[0].result()
    t = time.monotonic()
    ex.shutdown(wait=False, cancel_futures=True)
    print("shutdown returned quickly:", time.monotonic() - t < 0.2, flush=True)
    time.sleep(0.2)
    print("cancelled 2 or more:", sum(f.cancelled() for f in fs) >= 2, flush=True)
    cf.wait(fs)
    print("never printed")
