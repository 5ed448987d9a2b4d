"""A Pool closed (or terminated) too early, as when a helper function does `pool.close()` and the caller
goes on submitting: apply_async() and map() raise ValueError("Pool not running") in the caller, at once;
the tasks submitted before close() still run and their results can still be read."""
import multiprocessing as mp
import sys


def square(x):
    return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    early = [pool.apply_async(square, (i,)) for i in range(3)]
    pool.close()
    try:
        pool.apply_async(square, (10,))
    except ValueError as e:
        print("apply_async after close:", e, flush=True)
    try:
        pool.map(square, [1, 2])
    except ValueError as e:
        print("map after close:", e, flush=True)
    print("early results:", [r.get(timeout=10) for r in early], flush=True)
    pool.join()
    pool2 = mp.Pool(1)
    pool2.terminate()
    try:
        pool2.apply_async(square, (3,))
    except ValueError as e:
        print("apply_async after terminate:", e, flush=True)
    pool2.join()
    print("done")
