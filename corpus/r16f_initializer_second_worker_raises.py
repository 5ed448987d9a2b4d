"""An initializer with initargs: a shared counter numbers the workers, and the second worker's
initializer raises. The first worker may already have finished items; every future still pending
when the executor breaks gets BrokenProcessPool, the finished ones keep their results."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

worker_number = None


def init(counter, delay):
    global worker_number
    with counter.get_lock():
        counter.value += 1
        worker_number = counter.value
    if worker_number == 2:
        time.sleep(delay)
        raise RuntimeError("worker 2 could not open its database")


def work(i):
    time.sleep(0.05)
    return i, worker_number


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    counter = ctx.Value("i", 0)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=init, initargs=(counter, 0.5))
    futures = [ex.submit(work, i) for i in range(20)]
    ok = broken = 0
    for f in futures:
        try:
            f.result()
            ok += 1
        except BrokenProcessPool:
            broken += 1
    print("workers initialised:", counter.value, "ok:", ok, "broken:", broken, "total:", ok + broken)
    ex.shutdown()
