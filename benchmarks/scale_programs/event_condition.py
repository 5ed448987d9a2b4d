"""Scale benchmark seed: a parent and a child in turns on an Event and a Condition (event.*/condition.* events)."""
import multiprocessing as mp
import time


def follow(ready, done, cond, n):
    for _ in range(n):
        ready.wait()
        ready.clear()
        with cond:
            done.set()
            cond.notify()
    ready.wait()


if __name__ == '__main__':
    ready, done, cond = mp.Event(), mp.Event(), mp.Condition()
    p = mp.Process(target=follow, args=(ready, done, cond, 30))
    p.start()
    for _ in range(30):
        with cond:
            ready.set()
            cond.wait_for(done.is_set)
            done.clear()
    ready.set()
    # Time for the child's last wake: its exit and the join come after the repeated part.
    time.sleep(0.1)
    p.join()
