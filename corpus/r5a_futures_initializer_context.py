"""ProcessPoolExecutor(initializer=, initargs=, mp_context=get_context(method)): each worker loads a table once."""
import concurrent.futures as cf
import multiprocessing as mp
import sys

TABLE = {}


def load(n):
    TABLE.update({i: i * i for i in range(n)})


def lookup(i):
    return TABLE.get(i, -1)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else "spawn")
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=load, initargs=(5,)) as ex:
        print(list(ex.map(lookup, range(7))))
