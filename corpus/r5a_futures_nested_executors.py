"""A ThreadPoolExecutor whose threads each submit to one ProcessPoolExecutor and wait for the result."""
import concurrent.futures as cf
import multiprocessing as mp
import sys


def square(x):
    return x * x


def fan(pex, x):
    return pex.submit(square, x).result() + 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pex:
        with cf.ThreadPoolExecutor(max_workers=3) as tex:
            print(sorted(tex.map(lambda x: fan(pex, x), range(5))))
