"""A multiprocessing Lock taken by the parent and released by a child (allowed); an RLock cannot be."""
import multiprocessing as mp
import sys
import time


def release_it(lock):
    lock.release()
    print("child released the parent's Lock", flush=True)


def release_rlock(rlock):
    try:
        rlock.release()
    except AssertionError as e:
        print("RLock:", e, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock, rlock = mp.Lock(), mp.RLock()
    lock.acquire()
    rlock.acquire()
    for target, arg in ((release_it, lock), (release_rlock, rlock)):
        p = mp.Process(target=target, args=(arg,))
        p.start()
        p.join()
    print("parent acquires again:", lock.acquire(timeout=1))
    rlock.release()
