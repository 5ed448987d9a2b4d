"""Forum question: "My Pool never finishes after a TypeError in map()." The learner passes two lists to
Pool.map (the second becomes the chunksize), catches the TypeError, and ends the pool the documented way:
close() then join(). The failed map() had already registered its result object in the pool's cache before
it raised, and nothing ever removes it; a closed pool's worker-handler thread keeps running while the cache
holds a job, and join() waits for that thread: the program hangs (on purpose). terminate(), which a
with-block's end calls, does not wait."""
import multiprocessing as mp
import sys


def power(base, exponent):
    return base ** exponent


def main(ctx):
    pool = ctx.Pool(2)
    try:
        pool.map(power, [2, 3, 4], [5, 2, 3])
    except TypeError as e:
        print("map failed:", e, flush=True)
    print("starmap:", pool.starmap(power, zip([2, 3, 4], [5, 2, 3])), flush=True)
    pool.close()
    pool.join()  # never returns
    print("joined", flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
