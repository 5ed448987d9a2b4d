"""A Manager's Lock and Queue used by two children; the list proxy collects results."""
import multiprocessing as mp
import os
import sys
import time


def worker(lock, q, out, n):
    with lock:
        time.sleep(0.05)
        out.append(n)
    q.put(n * 10)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    mp.current_process().authkey = os.urandom(32)
    with mp.Manager() as m:
        lock, q, out = m.Lock(), m.Queue(), m.list()
        ps = [mp.Process(target=worker, args=(lock, q, out, n)) for n in (1, 2)]
        for p in ps:
            p.start()
        got = sorted(q.get() for _ in ps)
        for p in ps:
            p.join()
        print("list", sorted(out), "queue", got)
