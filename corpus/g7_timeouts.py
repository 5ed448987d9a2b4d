"""Timeouts on result waits: Executor.map(timeout=) that gives up on a slow item, result(timeout) retried,
Pool.map_async().get(timeout) that gives up and then waits without one, imap's next(timeout)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def slow(x):
    time.sleep(x)
    return x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ctx = mp.get_context()
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        ex.submit(slow, 0).result()      # the worker is up before the timed waits
        try:
            print(list(ex.map(slow, [0.05, 1.0], timeout=0.5)), flush=True)
        except TimeoutError:
            print("map() gave up", flush=True)
        f = ex.submit(slow, 0.3)
        while True:
            try:
                print("result", f.result(timeout=0.2), flush=True)
                break
            except TimeoutError:
                print("not yet", flush=True)
    with mp.Pool(1) as pool:
        pool.apply(slow, (0,))
        r = pool.map_async(slow, [0.6])
        try:
            r.get(timeout=0.2)
        except mp.TimeoutError:
            print("get() gave up", flush=True)
        print("map_async", r.get(), flush=True)
        it = pool.imap(slow, [0.4])
        try:
            it.next(timeout=0.1)
        except mp.TimeoutError:
            print("next() gave up", flush=True)
        print("next", it.next(), flush=True)
