"""A producer puts five items on a Queue(maxsize=2); the parent join()s it before reading: put() blocks on the full queue."""
import multiprocessing as mp
import sys


def producer(q):
    for i in range(5):
        q.put(i)
        print("put", i, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue(maxsize=2)
    p = mp.Process(target=producer, args=(q,))
    p.start()
    p.join(timeout=1)
    print("after join(1): alive =", p.is_alive(), flush=True)
    items = [q.get() for _ in range(5)]
    p.join()
    print("got", items, "exitcode", p.exitcode)
