"""A map_async job whose first chunk raises at once while the others sleep; the program never calls get() on its
result and leaves the Pool's with-block (terminate()) after a short pause. The job never becomes ready: a MapResult
is ready only when every chunk has finished, so no get() could have raised the error, and none was called."""
import multiprocessing as mp
import sys
import time


def resize(n):
    if n == 0:
        raise ValueError("image 0 is corrupt")
    time.sleep(3)
    return n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        result = pool.map_async(resize, range(6), chunksize=1)
        time.sleep(1.5)
        print("leaving the pool without get(); ready:", result.ready(), flush=True)
    print("done")
