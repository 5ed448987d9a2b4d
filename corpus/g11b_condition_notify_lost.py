"""A notify() before anyone waits is lost (a classic bug): the parent notifies a multiprocessing Condition before its
child has begun to wait, so the child sleeps until its timeout; then a threading.Condition's notify_all() with nobody
waiting, and one that wakes a waiter."""
import sys
import threading
import time
import multiprocessing as mp


def waiter(cond):
    time.sleep(0.2)                 # starts waiting after the notify: it is lost
    with cond:
        woke = cond.wait(timeout=0.5)
    print("child woken by notify:", woke, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    cond = ctx.Condition()
    p = ctx.Process(target=waiter, args=(cond,))
    p.start()
    with cond:
        cond.notify()
    p.join()

    tcond = threading.Condition()
    with tcond:
        tcond.notify_all()          # nobody waits yet: lost too

    def twaiter():
        with tcond:
            tcond.wait(timeout=5)

    t = threading.Thread(target=twaiter, name="waiter")
    t.start()
    while True:
        time.sleep(0.02)
        with tcond:
            if tcond._waiters:      # this one finds the thread waiting
                tcond.notify()
                break
    t.join()
    print("done")
