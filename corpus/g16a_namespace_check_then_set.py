"""A Manager Namespace as a "who goes first" flag, check-then-set written on attributes: `if ns.winner is None:
ns.winner = who`, then `if not hasattr(ns, "started"): ns.started = who`, in two processes that meet at a Barrier
first. The read and the set are two round trips to the manager's server, so both find no winner (and no `started`)
and both set it: the last set wins and both believe they went first. Then the same under one Manager Lock: only
one sets."""
import multiprocessing as mp
import sys
import time


def worker(ns, barrier, lock, who):
    barrier.wait()
    if ns.winner is None:
        time.sleep(0.2)
        ns.winner = who
        print(who, "thinks it went first", flush=True)
    barrier.wait()
    if not hasattr(ns, "started"):
        time.sleep(0.2)
        ns.started = who
    barrier.wait()
    with lock:
        if ns.locked is None:
            time.sleep(0.1)
            ns.locked = who


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        ns, barrier, lock = m.Namespace(winner=None, locked=None), mp.Barrier(2), m.Lock()
        ps = [mp.Process(target=worker, args=(ns, barrier, lock, who)) for who in ("A", "B")]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("winner:", ns.winner, "| started by:", ns.started, "| locked:", ns.locked, flush=True)
