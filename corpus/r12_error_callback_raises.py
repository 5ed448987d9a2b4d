"""apply_async(..., error_callback=log_error) where log_error itself has a bug and raises. The callback
runs in the pool's result-handler thread of the parent: its exception ends that thread (a traceback on
stderr), so no later result is ever delivered. get(timeout=) gives up on the failed task AND on a good
task that finished after it; terminate() cleans up."""
import multiprocessing as mp
import sys
import time


def task(x):
    time.sleep(0.1 * x)
    if x == 1:
        raise ValueError("bad input %d" % x)
    return x * 10


def log_error(exc):
    print("error_callback got:", repr(exc), flush=True)
    raise RuntimeError("bug in log_error")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    first = pool.apply_async(task, (0,))
    print("first:", first.get(timeout=10), flush=True)
    bad = pool.apply_async(task, (1,), error_callback=log_error)
    later = pool.apply_async(task, (4,))
    for name, r in (("bad", bad), ("later", later)):
        try:
            print(name, r.get(timeout=2), flush=True)
        except mp.TimeoutError:
            print(name, "get(timeout=2) gave up; ready() =", r.ready(), flush=True)
    pool.terminate()
    pool.join()
    print("done")
