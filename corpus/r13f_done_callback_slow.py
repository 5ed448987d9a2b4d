"""add_done_callback() with a slow callback ('save to the database', 0.4 s) on a
ProcessPoolExecutor: the callback runs in the executor's manager thread of the main process, which
reads no other result while it runs, so the other Futures are marked done late. A callback added to
a Future that is already done runs at once, in the thread that adds it."""
import multiprocessing
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, wait

where = []


def quick(i):
    time.sleep(0.05 * i)
    return i


def save(f):
    where.append(threading.current_thread().name)
    time.sleep(0.4)


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        t0 = time.monotonic()
        fs = [ex.submit(quick, i) for i in range(3)]
        for f in fs:
            f.add_done_callback(save)
        wait(fs)
        print("all done after > 0.75 s:", time.monotonic() - t0 > 0.75, flush=True)
        fs[0].add_done_callback(save)
    print("callbacks ran in main thread:", [w == "MainThread" for w in where], flush=True)
