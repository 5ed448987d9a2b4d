"""Pool.map over a generator (map turns it into a list first) and imap over one (consumed lazily)."""
import multiprocessing as mp
import sys


def gen(n):
    for i in range(n):
        print("yield", i, flush=True)
        yield i


def inc(x):
    return x + 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        print(pool.map(inc, gen(3)))
        print(list(pool.imap(inc, gen(3))))
