"""Timed acquires that give up on a Lock, an RLock, a Semaphore and a BoundedSemaphore held by the parent;
then a child spins on acquire(block=False) until the parent lets go."""
import multiprocessing as mp
import sys
import time


def try_each(lock, rlock, sem, bsem):
    for name, prim in (("Lock", lock), ("RLock", rlock), ("Semaphore", sem), ("BoundedSemaphore", bsem)):
        got = prim.acquire(timeout=0.1)
        print(f"{name}.acquire(timeout=0.1) -> {got}", flush=True)


def spinner(lock, trying):
    tries = 0
    while not lock.acquire(block=False):
        tries += 1
        trying.set()
        time.sleep(0.01)
    print("spinner got the lock after more than 5 tries:", tries > 5, flush=True)
    lock.release()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock, rlock = mp.Lock(), mp.RLock()
    sem, bsem = mp.Semaphore(1), mp.BoundedSemaphore(1)
    for prim in (lock, rlock, sem, bsem):
        prim.acquire()
    p = mp.Process(target=try_each, args=(lock, rlock, sem, bsem))
    p.start()
    p.join()
    rlock.release(); sem.release(); bsem.release()
    trying = mp.Event()
    s = mp.Process(target=spinner, args=(lock, trying))
    s.start()
    trying.wait()
    time.sleep(0.3)
    lock.release()
    s.join()
    print("exit codes", p.exitcode, s.exitcode)
