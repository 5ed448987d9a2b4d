"""Forum question: "my consumer misses items". The consumer loops `while not q.empty()`
while two producers are still putting: it stops the first time the queue looks empty, which
can be before the producers have put anything. The items it missed are still in the queue."""
import multiprocessing as mp
import sys
import time


def produce(q, start):
    for i in range(start, start + 20):
        q.put(i)
        time.sleep(0.005)


def consume(q, got):
    count = 0
    while not q.empty():
        q.get()
        count += 1
    got.value = count


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    got = ctx.Value("i", 0)
    producers = [ctx.Process(target=produce, args=(q, s)) for s in (0, 100)]
    consumer = ctx.Process(target=consume, args=(q, got))
    for p in producers:
        p.start()
    consumer.start()
    for p in producers + [consumer]:
        p.join()
    left = 0
    while True:
        try:
            q.get(timeout=0.5)
            left += 1
        except Exception:
            break
    print(f"consumer got {got.value}, left in the queue {left}, total {got.value + left} of 40")
