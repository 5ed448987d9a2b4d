"""A timeout without KeyboardInterrupt: AsyncResult.get(timeout) gives up, then terminate()."""
import multiprocessing as mp
import sys
import time


def slow(x):
    time.sleep(5)
    return x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(1)
    r = pool.apply_async(slow, (1,))
    try:
        print(r.get(timeout=0.5))
    except mp.TimeoutError:
        print("timed out; terminating")
        pool.terminate()
    pool.join()
    print("done")
