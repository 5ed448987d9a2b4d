"""apply_async callbacks that raise: a KeyError is swallowed by the Pool's result-handler thread (the task is never
ready); any other exception kills that thread, and no later result of the pool ever arrives."""
import multiprocessing as mp
import sys

seen = {}


def square(x):
    return x * x


def store(result):
    seen[result] = seen[result - 1] + 1 if result > 10 else 1      # KeyError for 25
    print("stored", result, flush=True)


def check(result):
    if result % 2:
        raise ValueError(f"odd result {result}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    print("first ready:", pool.apply_async(square, (2,), callback=store).wait(1) is None)
    bad = pool.apply_async(square, (5,), callback=store)
    bad.wait(timeout=0.5)
    print("bad ready?", bad.ready())
    worse = pool.apply_async(square, (3,), callback=check)
    worse.wait(timeout=0.5)
    later = pool.apply_async(square, (4,))
    later.wait(timeout=0.5)
    print("worse ready?", worse.ready(), "later ready?", later.ready())
    try:
        pool.terminate()
    except AssertionError as e:
        print("terminate() failed:", e)
    print("done")
