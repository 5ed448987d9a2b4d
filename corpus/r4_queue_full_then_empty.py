"""Queue(maxsize=1): put() blocks until the consumer takes; put(timeout) raises Full; get(timeout) raises Empty."""
import multiprocessing as mp
import queue
import sys
import time


def slow_consumer(q):
    for _ in range(2):
        time.sleep(0.4)
        print("consumer took", q.get(), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue(maxsize=1)
    p = mp.Process(target=slow_consumer, args=(q,))
    p.start()
    q.put("a")
    q.put("b")                       # blocks until the consumer took "a"
    print("put b returned")
    try:
        q.put("c", timeout=0.1)      # "b" still there: Full
    except queue.Full:
        print("put c: Full")
    p.join()
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print("get: Empty")
