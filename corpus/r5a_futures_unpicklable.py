"""An argument that cannot be pickled, and a result that cannot be pickled: both come back as exceptions."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import threading


def echo(x):
    return x


def make_lock(_):
    return threading.Lock()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        f1 = ex.submit(echo, lambda: 1)
        try:
            f1.result()
        except Exception as e:
            print("argument:", type(e).__name__)
        f2 = ex.submit(make_lock, 0)
        try:
            f2.result()
        except Exception as e:
            print("result:", type(e).__name__)
        print("still works:", ex.submit(echo, 3).result())
