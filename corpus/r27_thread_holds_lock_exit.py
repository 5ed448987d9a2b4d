"""A child starts a thread that takes a shared multiprocessing.Lock and sleeps; the child's main
thread then calls os._exit(0), so the lock is never released. Another process blocks in
acquire(); the parent's watchdog waits 5 s, then terminate()s it."""
import multiprocessing as mp
import os
import sys
import threading
import time


def holder(lock, ready):
    def hold():
        lock.acquire()
        ready.set()
        time.sleep(30)
    threading.Thread(target=hold, name="holder-thread", daemon=True).start()
    ready.wait()
    print("holder: thread has the lock; exiting with os._exit(0)", flush=True)
    os._exit(0)


def waiter(lock):
    print("waiter: acquiring", flush=True)
    lock.acquire()
    print("waiter: got it (never printed)", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    lock, ready = ctx.Lock(), ctx.Event()
    h = ctx.Process(target=holder, args=(lock, ready), name="holder")
    h.start()
    h.join()
    w = ctx.Process(target=waiter, args=(lock,), name="waiter")
    w.start()
    w.join(5)
    print("after 5 s: waiter alive =", w.is_alive(), flush=True)
    w.terminate()
    w.join()
    print("exit codes: holder", h.exitcode, "waiter", w.exitcode)
