"""Leaky C extension workaround: recycle every worker after 2 tasks (max_tasks_per_child=2, Python 3.11+,
which needs a start method other than fork). Prints which worker pid ran each task. On 3.11.7 this hangs
after task 3: both workers retire and the executor never starts their replacements."""
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

def leaky_task(n):
    time.sleep(0.05)
    return n, os.getpid()

if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    if method == "fork":
        print("fork cannot recycle workers; using spawn for this pool", flush=True)
        method = "spawn"
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx, max_tasks_per_child=2) as ex:
        futs = [ex.submit(leaky_task, n) for n in range(6)]
        pids = []
        for fut in futs:
            n, pid = fut.result(timeout=20)
            if pid not in pids:
                pids.append(pid)
            print(f"task {n} ran in worker #{pids.index(pid) + 1}", flush=True)
    print("distinct workers:", len(pids))
