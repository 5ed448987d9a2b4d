"""The parent kills a worker with SIGKILL while it runs: every pending future raises BrokenProcessPool."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import signal
import sys
import time


def pid_then_sleep(x):
    if x == 0:
        return os.getpid()
    time.sleep(1.0)
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    pid = ex.submit(pid_then_sleep, 0).result()
    fs = [ex.submit(pid_then_sleep, i) for i in range(1, 4)]
    time.sleep(0.3)
    os.kill(pid, signal.SIGKILL)
    for f in fs:
        try:
            f.result()
        except cf.process.BrokenProcessPool as e:
            print("broken:", type(e).__name__)
    try:
        ex.submit(pid_then_sleep, 5)
    except cf.process.BrokenProcessPool:
        print("submit after: BrokenProcessPool")
    ex.shutdown()
