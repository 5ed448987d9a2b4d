"""A consumer that stops when q.empty() is True, started before the producer has put anything:
it stops early. The learner's fix: None sentinels, but two consumers and only one None, so the
second consumer waits in get() forever and the parent's join() with it (the watchdog ends it)."""
import multiprocessing as mp
import queue
import sys
import time


def produce(q, n):
    for i in range(n):
        time.sleep(0.01)
        q.put(i)


def consume_until_empty(q, name):
    got = 0
    while not q.empty():                 # empty right at the start: the loop never runs
        q.get()
        got += 1
    print(f"{name}: got {got}", flush=True)


def consume_until_none(q, name):
    got = 0
    while True:
        item = q.get()
        if item is None:
            break
        got += 1
    print(f"{name}: got {got}", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    c = ctx.Process(target=consume_until_empty, args=(q, "polling consumer"))
    p = ctx.Process(target=produce, args=(q, 10))
    c.start()
    p.start()
    p.join()
    c.join()
    left = 0
    while True:
        try:
            q.get(timeout=0.5)
        except queue.Empty:
            break
        left += 1
    print("left in the queue:", left)

    q2 = ctx.Queue()
    consumers = [ctx.Process(target=consume_until_none, args=(q2, f"consumer {k}")) for k in range(2)]
    for c in consumers:
        c.start()
    produce(q2, 6)
    q2.put(None)                         # one None for two consumers
    for c in consumers:
        c.join()
    print("all consumers done")
