"""Queue(maxsize=2) read the reference's way: qsize(), empty() and full() on a bounded queue, put_nowait() on a
full one (queue.Full), put(timeout=) that gives up, then a child drains it and the parent's blocked put() goes in."""
import multiprocessing as mp
import queue
import sys
import time


def drain(q):
    time.sleep(0.3)
    for _ in range(3):
        print("child got", q.get(), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue(maxsize=2)
    print("empty at first:", q.empty(), "qsize:", q.qsize(), flush=True)
    q.put("a")
    q.put("b")
    print("after two puts full:", q.full(), "qsize:", q.qsize(), flush=True)
    try:
        q.put_nowait("c")
    except queue.Full:
        print("put_nowait on a full queue: queue.Full", flush=True)
    try:
        q.put("c", timeout=0.1)
    except queue.Full:
        print("put(timeout=0.1) gave up: queue.Full", flush=True)
    p = mp.Process(target=drain, args=(q,), name="drainer")
    p.start()
    q.put("c")  # blocks until the child's first get() frees a slot
    print("third put went in once the child took one", flush=True)
    p.join()
    print("empty at the end:", q.empty(), "qsize:", q.qsize(), flush=True)
