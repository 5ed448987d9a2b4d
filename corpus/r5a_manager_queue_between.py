"""A Manager().Queue between a producer and a consumer process; the consumer's get blocks in the manager."""
import multiprocessing as mp
import sys
import time


def produce(q):
    for i in range(3):
        time.sleep(0.1)
        q.put(i)
    q.put(None)


def consume(q, out):
    total = 0
    while (x := q.get()) is not None:
        total += x
    out.put(total)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        q, out = m.Queue(), m.Queue()
        ps = [mp.Process(target=consume, args=(q, out)), mp.Process(target=produce, args=(q,))]
        for p in ps:
            p.start()
        print("total", out.get(timeout=10))
        for p in ps:
            p.join()
