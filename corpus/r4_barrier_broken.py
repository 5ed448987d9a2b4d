"""A Barrier that breaks: one party times out, the other gets BrokenBarrierError; then abort() frees a waiter."""
import multiprocessing as mp
import sys
import threading
import time


def patient(b, name):
    try:
        b.wait()
        print(name, "passed", flush=True)
    except threading.BrokenBarrierError:
        print(name, "found the barrier broken", flush=True)


def impatient(b):
    try:
        b.wait(timeout=0.3)
    except threading.BrokenBarrierError:
        print("impatient gave up after 0.3 s", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    b = mp.Barrier(3)              # three parties, but only two ever come
    ps = [mp.Process(target=patient, args=(b, "patient")), mp.Process(target=impatient, args=(b,))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("broken:", b.broken)
    b2 = mp.Barrier(2)
    w = mp.Process(target=patient, args=(b2, "waiter"))
    w.start()
    time.sleep(0.3)
    b2.abort()                     # nobody else is coming: let the waiter go
    w.join()
    print("exit codes", [p.exitcode for p in ps], w.exitcode)
