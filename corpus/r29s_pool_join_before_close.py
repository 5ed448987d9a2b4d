"""A thumbnail batch written from memory of the docs: join() is called before close() (ValueError),
the program closes and joins as it should, reads the map_async result, then tries to reuse the
closed pool for a second batch with imap (ValueError "Pool not running") and opens a new pool."""
import multiprocessing as mp
import sys
import time


def thumbnail(name):
    time.sleep(0.05)
    return f"{name.rsplit('.', 1)[0]}_thumb.png"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    first = ["cat.jpg", "dog.jpg", "bird.jpg", "fish.jpg"]
    second = ["tree.jpg", "sky.jpg"]
    pool = ctx.Pool(2)
    pending = pool.map_async(thumbnail, first)
    try:
        pool.join()
    except ValueError as e:
        print("join() refused:", e)
    pool.close()
    pool.join()
    print("first batch:", pending.get(timeout=5))
    try:
        for thumb in pool.imap(thumbnail, second):
            print("second batch:", thumb)
    except ValueError as e:
        print("reusing the pool failed:", e)
    with ctx.Pool(2) as again:
        print("second batch, new pool:", again.map(thumbnail, second))
