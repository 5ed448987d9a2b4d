"""Queue.put() of something that cannot be pickled (a lambda, a threading.Lock): put() returns at
once without an error, because the queue's feeder thread pickles it later; the feeder prints the
traceback and drops that item. The consumer, waiting with get(timeout=1), gets the good items and
then queue.Empty."""
import multiprocessing as mp
import queue
import sys
import threading


def consumer(q):
    got = []
    while True:
        try:
            got.append(q.get(timeout=1))
        except queue.Empty:
            break
    print("consumer got:", got, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    c = mp.Process(target=consumer, args=(q,))
    c.start()
    q.put("first")
    q.put(lambda x: x)
    print("put(lambda) returned without error", flush=True)
    q.put(threading.Lock())
    q.put("last")
    c.join()
    print("done")
