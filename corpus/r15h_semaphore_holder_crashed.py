"""Semaphore(1) taken by hand with acquire()/release() (no with-block); the first worker raises between them,
so the unit is never given back; the parent starts the second worker after the first ended, and its
acquire() waits forever while the parent joins it
(the "Trouble Code Example" of https://runebook.dev/en/docs/python/library/multiprocessing/multiprocessing.RLock.acquire,
release() skipped by an exception, with a Semaphore)."""
import multiprocessing as mp
import sys
import time


def job(sem, n):
    sem.acquire()
    print(f"job {n} inside", flush=True)
    if n == 0:
        raise IOError("printer jammed")
    sem.release()
    print(f"job {n} done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    sem = mp.Semaphore(1)
    ps = [mp.Process(target=job, args=(sem, n), name=f"job-{n}") for n in range(2)]
    for p in ps:
        p.start()
        p.join()
        print(p.name, "exit code", p.exitcode, flush=True)
