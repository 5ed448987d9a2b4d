"""terminate() while a map_async is still running: the AsyncResult is never ready, the workers get SIGTERM."""
import multiprocessing as mp
import sys
import time


def slow(x):
    time.sleep(0.3)
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(2)
    r = pool.map_async(slow, range(8), chunksize=1)
    time.sleep(0.5)
    pool.terminate()
    pool.join()
    print("ready:", r.ready())
    try:
        r.get(timeout=0.2)
    except mp.TimeoutError:
        print("get: TimeoutError")
