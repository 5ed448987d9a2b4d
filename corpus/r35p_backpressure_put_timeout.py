"""Backpressure: a fast producer in the parent feeds a slow consumer process through a
Queue(maxsize=3); put(timeout=0.1) raises queue.Full while the consumer lags, and the
producer counts that and tries again instead of blocking forever."""
import multiprocessing as mp
import queue
import sys
import time


def consumer(q, out):
    handled = 0
    for item in iter(q.get, None):
        time.sleep(0.15)
        handled += item
    out.put(handled)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q, out = ctx.Queue(maxsize=3), ctx.Queue()
    c = ctx.Process(target=consumer, args=(q, out), name="slow-consumer")
    c.start()
    full_count = 0
    for item in list(range(1, 11)) + [None]:
        while True:
            try:
                q.put(item, timeout=0.1)
                break
            except queue.Full:
                full_count += 1
    total = out.get()
    c.join()
    print("sum handled by consumer:", total, "(expected 55)")
    print("producer waited on a full queue:", "yes" if full_count else "no")
    print("consumer exit code:", c.exitcode)
