"""q.get() with no timeout, for a result that never comes: the worker raised before its put() and ended
with exit code 1; the parent waits forever (a watchdog has to stop it)."""
import multiprocessing as mp
import sys


def worker(q, x):
    result = 10 / x
    q.put(result)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=worker, args=(q, 0))
    p.start()
    print("waiting for the result...", flush=True)
    print("result:", q.get())
    p.join()
