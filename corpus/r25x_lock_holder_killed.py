"""Two children wait for a Lock that a third holds; the parent SIGKILLs the holder. A killed process
never releases: both waiters give up after their timeouts, and the lock stays taken for good."""
import multiprocessing as mp
import os
import signal
import sys
import time


def holder(lock, ready):
    lock.acquire()
    print("holder has the lock", flush=True)
    ready.set()
    time.sleep(60)


def waiter(lock, name, patience):
    start = time.monotonic()
    got = lock.acquire(timeout=patience)
    print(f"{name}: got={got} after {round(time.monotonic() - start)} s", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock = mp.Lock()
    ready = mp.Event()
    h = mp.Process(target=holder, args=(lock, ready), name="Holder")
    h.start()
    ready.wait(10)
    waiters = [mp.Process(target=waiter, args=(lock, f"waiter{i}", 2 + i), name=f"Waiter{i}") for i in (1, 2)]
    for w in waiters:
        w.start()
    time.sleep(0.5)
    os.kill(h.pid, signal.SIGKILL)
    h.join()
    print("holder exitcode:", h.exitcode, flush=True)
    for w in waiters:
        w.join()
    print("waiters:", [w.exitcode for w in waiters], "lock free now:", lock.acquire(block=False), flush=True)
