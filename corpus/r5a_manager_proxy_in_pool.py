"""A Manager dict proxy passed to Pool tasks through apply_async; each task writes its own key."""
import multiprocessing as mp
import sys


def record(d, k):
    d[k] = k * k
    return k


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as m:
        d = m.dict()
        with ctx.Pool(2) as pool:
            rs = [pool.apply_async(record, (d, k)) for k in range(4)]
            print([r.get() for r in rs])
        print(sorted(d.items()))
