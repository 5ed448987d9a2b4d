"""Producer/consumer with a Queue where the learner dropped consumer.join(): the parent prints "main done" and
reaches its end while the consumer still drains; the interpreter's exit joins the non-daemon consumer, so every
item is still consumed after "main done"."""
import multiprocessing as mp
import sys
import time


def produce(q):
    for i in range(4):
        q.put(i)
    q.put(None)


def consume(q):
    while True:
        item = q.get()
        if item is None:
            break
        time.sleep(0.15)
        print("consumed", item, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    prod = mp.Process(target=produce, args=(q,), name="producer")
    cons = mp.Process(target=consume, args=(q,), name="consumer")
    prod.start()
    cons.start()
    prod.join()
    print("main done", flush=True)
