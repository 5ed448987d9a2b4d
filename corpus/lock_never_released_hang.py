"""A child takes a lock and never releases it; the parent then waits forever for it."""
from multiprocessing import Process, Lock
import time


def grab(lock):
    lock.acquire()
    print("child has the lock and keeps it")
    time.sleep(60)


if __name__ == "__main__":
    lock = Lock()
    p = Process(target=grab, args=(lock,))
    p.start()
    time.sleep(0.3)
    print("parent wants the lock")
    with lock:
        print("never printed")
    p.join()
