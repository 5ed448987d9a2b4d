"""Queue(maxsize=3) between a producer and a consumer; the consumer raises on the third item, so the producer's
put() waits forever for room, and the parent's join() of the producer with it
(https://sopython.com/canon/82/programs-using-multiprocessing-hang-deadlock-and-never-complete/: "the process
which queues data could be blocked ... during the put() operation until some other process uses get()")."""
import multiprocessing as mp
import sys


def produce(q):
    for i in range(10):
        q.put(i)
        print("put", i, flush=True)
    q.put(None)


def consume(q):
    while True:
        item = q.get()
        if item is None:
            break
        print("got", item, flush=True)
        if item == 2:
            raise ValueError("bad item 2")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue(maxsize=3)
    c = mp.Process(target=consume, args=(q,), name="consumer")
    pr = mp.Process(target=produce, args=(q,), name="producer")
    c.start()
    pr.start()
    pr.join()
    c.join()
