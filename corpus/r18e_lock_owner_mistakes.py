"""Who may release what: a child calls Condition.wait() without holding the Condition
(AssertionError: must acquire() condition before using wait()); the parent releases an RLock a child
took (AssertionError: attempt to release recursive lock not owned by thread); a plain Lock taken by
a child IS released by the parent (a Lock has no owner); a second release() of it raises ValueError."""
import multiprocessing as mp
import sys
import time


def impatient(cond):
    try:
        cond.wait(timeout=0.2)
    except AssertionError as e:
        print("impatient: wait() raised AssertionError:", e, flush=True)


def taker(rlock, lock, taken):
    rlock.acquire()
    lock.acquire()
    taken.set()
    time.sleep(0.6)
    print("taker: leaving without release()", flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    cond, rlock, lock, taken = ctx.Condition(), ctx.RLock(), ctx.Lock(), ctx.Event()
    a = ctx.Process(target=impatient, args=(cond,), name="impatient")
    a.start()
    a.join()
    b = ctx.Process(target=taker, args=(rlock, lock, taken), name="taker")
    b.start()
    taken.wait()
    try:
        rlock.release()
    except AssertionError as e:
        print("parent: rlock.release() raised AssertionError:", e, flush=True)
    lock.release()
    print("parent: lock.release() worked although taker took it", flush=True)
    try:
        lock.release()
    except ValueError as e:
        print("parent: second lock.release() raised ValueError:", e, flush=True)
    b.join()
    print("parent: exit codes", a.exitcode, b.exitcode, flush=True)
    print("parent: lock free again:", lock.acquire(timeout=0.5), flush=True)


if __name__ == "__main__":
    main()
