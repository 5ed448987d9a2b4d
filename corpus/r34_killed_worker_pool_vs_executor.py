"""One task dies the way the OOM killer ends a process (SIGKILL). Pool replaces the dead worker
but never learns what happened to the task, so map_async(...).get() would wait forever: the
script waits 3 s, gets TimeoutError and terminates the pool. ProcessPoolExecutor notices the
dead worker and fails every pending future with BrokenProcessPool."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import signal
import sys
import time


def crunch(n):
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)       # stands in for running out of memory
    time.sleep(0.05)
    return n * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(2)
    res = pool.map_async(crunch, range(6), chunksize=1)
    try:
        print("pool:", res.get(timeout=3))
    except mp.TimeoutError:
        print("pool: no result after 3 s, terminating")
    pool.terminate()
    pool.join()

    with cf.ProcessPoolExecutor(2, mp_context=ctx) as ex:
        futures = [ex.submit(crunch, n) for n in range(6)]
        outcomes = []
        for f in futures:
            try:
                outcomes.append(f.result())
            except cf.process.BrokenProcessPool:
                outcomes.append("broken")
    print("executor:", outcomes.count("broken") > 0, "broken futures seen")
