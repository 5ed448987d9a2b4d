"""Producer/consumer with sentinels: two consumers, one producer, one None per consumer."""
from multiprocessing import Process, Queue
import time


def producer(q, n, consumers):
    for i in range(n):
        q.put(i * i)
        time.sleep(0.01)
    for _ in range(consumers):
        q.put(None)


def consumer(q, out, name):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put((name, total))


if __name__ == "__main__":
    q, out = Queue(), Queue()
    cs = [Process(target=consumer, args=(q, out, f"c{i}")) for i in range(2)]
    p = Process(target=producer, args=(q, 10, 2))
    for c in cs:
        c.start()
    p.start()
    results = sorted(out.get() for _ in cs)
    print(results, sum(t for _, t in results))
    p.join()
    for c in cs:
        c.join()
