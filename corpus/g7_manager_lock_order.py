"""Three processes take turns on a manager Lock (with lock: d["n"] += 1), 30 times each: every release() row must
come before the next holder's acquire() row. Then an Event set() through a manager and a Queue put() seen by get()."""
import multiprocessing as mp
import sys


def work(lock, d, n):
    for _ in range(n):
        with lock:
            d["n"] += 1


def waiter(ev, q):
    ev.wait()
    q.put("after the event")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        lock, d = m.Lock(), m.dict(n=0)
        ps = [mp.Process(target=work, args=(lock, d, 30)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("count", d["n"], flush=True)
        ev, q = m.Event(), m.Queue()
        w = mp.Process(target=waiter, args=(ev, q))
        w.start()
        ev.set()
        print(q.get(timeout=10), flush=True)
        w.join()
