"""A ThreadPoolExecutor inside a process work item: as_completed(timeout=0.5) gives up on a slow
thread, the work item calls shutdown(wait=False, cancel_futures=True) and returns what it has;
the worker process cannot exit until that thread ends (threading._shutdown joins it)."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed, TimeoutError


def fetch(i):
    time.sleep(1.5 if i == 2 else 0.3)
    return i


def gather(n):
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher")
    fs = [pool.submit(fetch, i) for i in range(n)]
    got = []
    try:
        for f in as_completed(fs, timeout=0.5):
            got.append(f.result())
    except TimeoutError:
        got.append("timeout")
    pool.shutdown(wait=False, cancel_futures=True)
    return sorted(got, key=str), sum(f.cancelled() for f in fs)


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    t0 = time.monotonic()
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        print("result:", ex.submit(gather, 6).result())
    print("with-block done after %.1f s" % (time.monotonic() - t0) if time.monotonic() - t0 > 1.2 else "with-block done early")
