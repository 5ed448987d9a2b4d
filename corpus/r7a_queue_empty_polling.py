"""Polling q.empty() instead of blocking: the consumer loop ends early and misses items still in the feeder; qsize() too."""
import multiprocessing as mp
import queue
import sys
import time


def producer(q):
    for i in range(5):
        q.put(i)
        time.sleep(0.05)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    got = []
    time.sleep(0.12)
    print("qsize now", q.qsize())
    while not q.empty():
        got.append(q.get())
    print("polled", got)
    p.join()
    rest = []
    while True:
        try:
            rest.append(q.get(timeout=0.2))
        except queue.Empty:
            break
    print("left behind", rest)
