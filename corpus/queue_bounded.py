"""A Queue(maxsize=2): the producer's put() blocks until the slow consumer makes room."""
import multiprocessing as mp
import sys
import time


def slow_consumer(q):
    for _ in range(6):
        time.sleep(0.1)
        q.get()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue(maxsize=2)
    c = mp.Process(target=slow_consumer, args=(q,))
    c.start()
    for i in range(6):
        q.put(i)
    c.join()
    print("all 6 items went through a queue of 2")
