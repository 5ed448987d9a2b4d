"""A thread holds a threading.Lock when the main thread starts a child: under fork the child inherits
the lock locked, and no thread there will release it; under spawn and forkserver the child imports afresh."""
import multiprocessing as mp
import sys
import threading
import time

guard = threading.Lock()


def hold():
    with guard:
        time.sleep(0.6)


def child():
    got = guard.acquire(timeout=0.3)
    print("child acquire(timeout=0.3):", got, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    t = threading.Thread(target=hold)
    t.start()
    time.sleep(0.1)
    p = mp.Process(target=child)
    p.start()
    p.join()
    t.join()
    print("parent acquire:", guard.acquire(timeout=1), "exit", p.exitcode)
