"""Every way a program blocks on concurrent.futures: wait() with a timeout, as_completed(), iterating map(),
exception(), and shutdown(wait=True) at the end of both with-blocks."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def nap(x):
    time.sleep(0.04 * x)
    if x == 3:
        raise ValueError("three")
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        slow = ex.submit(nap, 5)
        done, not_done = cf.wait([slow], timeout=0.01)
        print("after wait(timeout):", len(done), "done,", len(not_done), "not done")
        print("as_completed:", sorted(f.result() for f in cf.as_completed([ex.submit(nap, x) for x in (1, 2)])))
        print("map:", list(ex.map(nap, [1, 2, 1], chunksize=2)))
        print("exception():", ex.submit(nap, 3).exception())
        ex.submit(nap, 4)       # still running when the with-block ends: shutdown() waits for it
    with cf.ThreadPoolExecutor(max_workers=2) as tx:
        print("thread map:", list(tx.map(nap, [2, 1])))
        tx.submit(nap, 2)
