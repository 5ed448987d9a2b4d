"""A Barrier(3) of three workers where one worker crashes before it reaches wait(). The parent notices
the crash (join() of that one, exitcode 1) and calls abort(): the two waiting workers get
BrokenBarrierError at once, no timeout needed. A learner's change of the Barrier example."""
import multiprocessing as mp
import sys
import time
from threading import BrokenBarrierError


def worker(i, barrier):
    time.sleep(0.1 * i)
    if i == 1:
        raise ValueError("worker 1 failed while preparing")
    try:
        barrier.wait()
        print("worker", i, "passed", flush=True)
    except BrokenBarrierError:
        print("worker", i, "saw a broken barrier", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    barrier = mp.Barrier(3)
    procs = [mp.Process(target=worker, args=(i, barrier)) for i in range(3)]
    for p in procs:
        p.start()
    procs[1].join()
    print("worker 1 exit code", procs[1].exitcode, "- waiting:", barrier.n_waiting, flush=True)
    time.sleep(0.3)
    barrier.abort()
    for p in procs:
        p.join()
    print("exit codes", [p.exitcode for p in procs], "broken:", barrier.broken, flush=True)
