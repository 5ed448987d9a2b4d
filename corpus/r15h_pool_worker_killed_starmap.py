"""The parent's watchdog thread SIGKILLs one Pool worker while starmap() runs (as the kernel's OOM killer does):
the pool replaces the worker, but the task it held is lost and starmap() never returns on Python 3.11
(the shape of https://github.com/huggingface/datasets/pull/5976 and https://github.com/dssg/triage/issues/501:
"if a worker is killed by the OS (e.g out of memory), the Pool will block")."""
import multiprocessing as mp
import os
import signal
import sys
import threading
import time


def resize(w, h):
    time.sleep(0.4)
    return w * h


def oom_killer(pool):
    # strikes once the first results are back: both workers are then inside their next tasks
    while not pool._cache or next(iter(pool._cache.values()))._number_left > 4:
        time.sleep(0.01)
    victim = pool._pool[0].pid
    print("killing worker", pool._pool[0].name, flush=True)
    os.kill(victim, signal.SIGKILL)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    threading.Thread(target=oom_killer, args=(pool,), name="oom", daemon=True).start()
    sizes = pool.starmap(resize, [(i, i + 1) for i in range(6)])
    print("sizes", sizes, flush=True)
    pool.close()
    pool.join()
