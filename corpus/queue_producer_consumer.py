"""Two producers, one consumer, one None per producer as the end signal."""
import multiprocessing as mp
import sys
import time


def produce(q, name, n):
    for i in range(n):
        q.put(f"{name}-{i}")
        time.sleep(0.02)
    q.put(None)


def consume(q, producers):
    ended = 0
    got = 0
    while ended < producers:
        item = q.get()
        if item is None:
            ended += 1
        else:
            got += 1
    print("consumer got", got, "items")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    ps = [mp.Process(target=produce, args=(q, n, 5)) for n in ("a", "b")]
    c = mp.Process(target=consume, args=(q, 2))
    for p in ps + [c]:
        p.start()
    for p in ps + [c]:
        p.join()
