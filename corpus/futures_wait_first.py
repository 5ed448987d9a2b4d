"""concurrent.futures.wait(FIRST_COMPLETED) on a ProcessPoolExecutor, then cancel what has not started."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def nap(s):
    time.sleep(s)
    return s


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        fs = [ex.submit(nap, s) for s in (0.2, 0.1, 0.1, 0.1, 0.1)]
        done, pending = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
        cancelled = sum(f.cancel() for f in pending)
        print(len(done), "done first,", cancelled, "cancelled")
