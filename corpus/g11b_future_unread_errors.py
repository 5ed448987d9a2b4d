"""Work items that raise in both executors: one Future is dropped (nobody reads its exception), one is read with
result() after wait() (already done), one with exception() while it runs; the summary names the one nobody read."""
import sys
import time
import concurrent.futures as cf
import multiprocessing as mp


def risky(x):
    time.sleep(0.05 * x)
    if x:
        raise ValueError(f"bad {x}")
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as procs:
        procs.submit(risky, 1)                          # dropped: its ValueError is never seen
        done = procs.submit(risky, 2)
        cf.wait([done])
        try:
            done.result()
        except ValueError as e:
            print("read:", e)
        print("exception():", procs.submit(risky, 3).exception())
    with cf.ThreadPoolExecutor(max_workers=2) as threads:
        threads.submit(risky, 1)                        # dropped too
        print("ok:", threads.submit(risky, 0).result())
