"""A done-callback that raises: the executor logs it and goes on; the program's result is unaffected."""
import concurrent.futures as cf
import multiprocessing as mp
import sys


def double(x):
    return 2 * x


def bad_callback(f):
    raise RuntimeError("callback failed for " + str(f.result()))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ThreadPoolExecutor(max_workers=1) as tex:
        tf = tex.submit(double, 5)
        tf.add_done_callback(bad_callback)
        print("thread result", tf.result())
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pex:
        pf = pex.submit(double, 7)
        pf.add_done_callback(bad_callback)
        print("process result", pf.result())
    print("done")
