"""A Condition lesson changed: the main process calls notify() before the waiter has started to wait.
The notification is lost; the waiter's wait(timeout=1) returns False."""
import multiprocessing as mp
import sys
import time


def waiter(cond):
    time.sleep(0.3)             # started late: main's notify() has already happened
    with cond:
        woke = cond.wait(timeout=1.0)
    print(f"waiter: wait() returned {woke}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    cond = mp.Condition()
    p = mp.Process(target=waiter, args=(cond,))
    p.start()
    with cond:
        cond.notify()
    print("main: notified", flush=True)
    p.join()
