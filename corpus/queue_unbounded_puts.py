"""Puts on an unbounded Queue never block: the first one starts the feeder thread, which takes a moment."""
import multiprocessing as mp
import sys


def reader(q, n):
    print("read", sum(q.get() for _ in range(n)))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    r = mp.Process(target=reader, args=(q, 50))
    r.start()
    for i in range(50):
        q.put(i)
    r.join()
