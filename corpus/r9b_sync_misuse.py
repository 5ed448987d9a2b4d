"""Synchronisation mistakes in a child: wait() on a Condition not held, release() of a Lock not held, notify() unheld."""
import multiprocessing as mp
import sys


def child(lock, cond):
    try:
        cond.wait(timeout=0.1)
    except Exception as e:
        print("wait:", type(e).__name__, e, flush=True)
    try:
        cond.notify()
    except Exception as e:
        print("notify:", type(e).__name__, e, flush=True)
    try:
        lock.release()
    except Exception as e:
        print("release:", type(e).__name__, e, flush=True)
    with cond:
        print("wait_for:", cond.wait_for(lambda: False, timeout=0.2), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock, cond = mp.Lock(), mp.Condition()
    p = mp.Process(target=child, args=(lock, cond))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
