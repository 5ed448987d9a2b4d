"""A stuck work item and as_completed(timeout=): TimeoutError after 1.5 s; the program then does
what Q&A answers suggest, terminate() every process in ex._processes and shutdown(wait=False,
cancel_futures=True). The executor finds its workers gone: the stuck Future and the one queued
behind it fail with BrokenProcessPool; the finished ones keep their results."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed, TimeoutError


def work(i):
    if i == 2:
        time.sleep(60)
    time.sleep(0.2)
    return i


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    futures = {ex.submit(work, i): i for i in range(4)}
    got = []
    try:
        for f in as_completed(futures, timeout=1.5):
            got.append(f.result())
    except TimeoutError:
        print("timed out, got", sorted(got), flush=True)
        for p in ex._processes.values():
            p.terminate()
        ex.shutdown(wait=False, cancel_futures=True)
    for f, i in sorted(futures.items(), key=lambda kv: kv[1]):
        try:
            print("item", i, "->", f.result(timeout=10), flush=True)
        except Exception as e:
            print("item", i, "->", type(e).__name__, flush=True)
