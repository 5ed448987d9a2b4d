"""A batch given to a Pool with map_async and starmap_async, each waited on with get(timeout) that runs out
before the job is done: the timeout ends only the wait. The map's chunks go on and finish (a later get()
reads them all); the starmap's are still running when terminate() ends the workers."""
import multiprocessing
import sys
import time


def resize(n):
    time.sleep(0.4)
    return n * 10


def render(n, scale):
    time.sleep(1.5)
    return n * scale


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        job = pool.map_async(resize, range(5), chunksize=1)
        try:
            print("map:", job.get(timeout=0.6))
        except multiprocessing.TimeoutError:
            print("map not ready after 0.6 s")
        print("map later:", job.get(timeout=20))
        stars = pool.starmap_async(render, [(1, 2), (3, 4), (5, 6), (7, 8)], chunksize=2)
        try:
            print("starmap:", stars.get(timeout=0.5))
        except multiprocessing.TimeoutError:
            print("starmap not ready after 0.5 s; terminating")
    print("done")
