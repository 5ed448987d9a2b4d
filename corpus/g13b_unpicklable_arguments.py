"""Arguments that cannot be pickled, each failing in C (no Python frame holds them): a threading.Lock given to
pool.apply_async(), a generator inside a list given to executor.submit(), a lambda as a keyword argument, and a
threading.Lock in a Process's args (spawn and forkserver pickle the Process at start(); fork pickles nothing, so there
the child simply starts and uses its copy)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import threading


def work(n, thing=None, on_done=None):
    return n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    lock = threading.Lock()
    with ctx.Pool(1) as pool:
        try:
            pool.apply_async(work, (1, lock)).get(timeout=10)
        except Exception as e:
            print("apply_async:", type(e).__name__, e)
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        for args, kw in (((2, [1, (i for i in range(3))]), {}), ((3,), {"on_done": lambda r: r})):
            try:
                ex.submit(work, *args, **kw).result(timeout=10)
            except Exception as e:
                print("submit:", type(e).__name__)
    p = ctx.Process(target=work, args=(4, lock))
    try:
        p.start()
        p.join()
        print("Process started and ended:", p.exitcode)
    except Exception as e:
        print("Process.start():", type(e).__name__, e)
