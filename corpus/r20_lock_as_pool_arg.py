"""A Lock handed to Pool.apply_async as an argument: the pool pickles its tasks, and a multiprocessing Lock
refuses ("Lock objects should only be shared between processes through inheritance"). The error comes back
from get(). The fix: give the lock to the workers through the initializer."""
import multiprocessing as mp
import sys

lock = None


def with_lock(lk, n):
    with lk:
        return n * 2


def init(lk):
    global lock
    lock = lk


def with_global_lock(n):
    with lock:
        return n * 3


def main(ctx):
    lk = ctx.Lock()
    with ctx.Pool(2) as pool:
        r = pool.apply_async(with_lock, (lk, 5))
        try:
            print("as argument:", r.get(timeout=5), flush=True)
        except Exception as e:
            print("as argument: raised", type(e).__name__, flush=True)
    with ctx.Pool(2, initializer=init, initargs=(lk,)) as pool:
        print("through initializer:", pool.map(with_global_lock, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
