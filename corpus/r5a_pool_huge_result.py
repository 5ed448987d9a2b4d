"""A task whose result is 20 MB: the worker's put and the parent's result handler take visible time."""
import multiprocessing as mp
import sys


def big(n):
    return b"x" * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        rs = [pool.apply_async(big, (20_000_000,)), pool.apply_async(big, (10,))]
        print([len(r.get()) for r in rs])
