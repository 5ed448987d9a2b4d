"""A price cache shared through a Manager dict by Pool workers. The `with Manager()` block was
indented one level too shallow in a refactor: map_async() is started inside it, but get() is called
after the block has already shut the manager's server down. What the workers then meet depends on when:
a proxy unpickled with a task after the shutdown cannot reach the server. get(timeout=4) gives up, and the
finally's pool.join() waits for results that never come: a hang the watchdog stops."""
import multiprocessing as mp
import sys
import time


def price(args):
    cache, item = args
    time.sleep(0.3)
    if item not in cache:
        cache[item] = len(item) * 1.25
    return item, cache[item]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    items = ["apple", "pear", "fig", "plum", "kiwi", "lime"]
    pool = ctx.Pool(2)
    with ctx.Manager() as manager:
        cache = manager.dict()
        job = pool.map_async(price, [(cache, i) for i in items], chunksize=1)
        time.sleep(0.1)
    print("manager closed; waiting for prices", flush=True)
    try:
        for item, p in job.get(timeout=4):
            print(f"{item}: {p:.2f}")
    finally:
        pool.close()
        pool.join()
