"""A ProcessPoolExecutor's tasks need a lock and a progress queue. Passing a multiprocessing.Lock
to submit() fails (a Lock is shared by inheritance only: the RuntimeError comes back from result());
the usual StackOverflow fix is a Manager's Lock and Queue, whose proxies can be pickled."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def work(n, lock, progress=None):
    with lock:
        time.sleep(0.05)
    if progress is not None:
        progress.put(n)
    return n * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        future = ex.submit(work, 1, ctx.Lock())
        try:
            future.result()
        except RuntimeError as e:
            print("plain Lock:", e)
        with ctx.Manager() as manager:
            lock, progress = manager.Lock(), manager.Queue()
            futures = [ex.submit(work, n, lock, progress) for n in range(4)]
            print("results:", [f.result() for f in futures])
            print("progress:", sorted(progress.get() for _ in range(4)))
