"""Manager Lock, Condition, Event and Barrier proxies shared by two processes."""
import multiprocessing as mp
import sys
import time


def worker(i, lock, cond, ev, bar, shared):
    ev.wait()
    with lock:
        shared.append(i)
    with cond:
        cond.notify()
    bar.wait()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        lock, cond, ev, bar, shared = m.Lock(), m.Condition(), m.Event(), m.Barrier(3), m.list()
        ps = [mp.Process(target=worker, args=(i, lock, cond, ev, bar, shared)) for i in range(2)]
        for p in ps:
            p.start()
        time.sleep(0.2)
        ev.set()
        with cond:
            cond.wait_for(lambda: len(shared) == 2, timeout=5)
        bar.wait()
        for p in ps:
            p.join()
        print(sorted(shared))
