"""Submit in a loop, then as_completed(timeout=) gives up on the slow ones; the with-block still waits for them."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def work(n):
    time.sleep(0.1 * n)
    return n * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futures = {}
        for n in [1, 2, 8, 9]:
            futures[ex.submit(work, n)] = n
        got = []
        try:
            for f in cf.as_completed(futures, timeout=0.5):
                got.append((futures[f], f.result()))
        except cf.TimeoutError:
            print("timed out; unfinished:", sum(1 for f in futures if not f.done()))
        print("got", sorted(got))
    print("after with:", sorted(f.result() for f in futures))
