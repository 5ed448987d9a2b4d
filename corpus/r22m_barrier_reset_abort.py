"""Barrier(3, action=...) read top to bottom: parties, n_waiting, an action run by one waiter, then a second round
where only two of three arrive and the parent calls abort(): both waiters get BrokenBarrierError, broken is True,
reset() makes it usable again."""
import multiprocessing as mp
import sys
import threading
import time


def announce():
    print("action ran in", mp.current_process().name, flush=True)


def worker(b, rounds):
    for r in range(rounds):
        try:
            i = b.wait(timeout=3)
            print(mp.current_process().name, "round", r, "passed as", i, flush=True)
        except threading.BrokenBarrierError:
            print(mp.current_process().name, "round", r, "BrokenBarrierError", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    b = mp.Barrier(3, action=announce)
    print("parties:", b.parties, "n_waiting:", b.n_waiting, flush=True)
    ps = [mp.Process(target=worker, args=(b, 2), name="w%d" % i) for i in range(2)]
    for p in ps:
        p.start()
    b.wait()  # round 0: the parent is the third party
    time.sleep(0.5)  # round 1: the two workers wait, the parent does not come
    print("n_waiting before abort:", b.n_waiting, flush=True)
    b.abort()
    for p in ps:
        p.join()
    print("broken:", b.broken, flush=True)
    b.reset()
    print("after reset broken:", b.broken, flush=True)
