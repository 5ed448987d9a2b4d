"""queue-between-children: the parent puts one item, one child puts another, a second child and the
parent each take one. Who receives which item?

Run by `mp-tutor lesson queue-between-children`; it also runs on its own: python3 demo.py
"""
import argparse
import os
import queue
import time
from multiprocessing import Process, Queue


def putter(q, delay, own_queue):
    """Child 1: puts one item on the queue it was given (or, in the variant, on a queue of its own)."""
    if own_queue:
        q = Queue()  # a brand-new queue that exists only in this process: nobody else can read it
        print("Putter: made a Queue of my own and puts on it")
    time.sleep(delay)  # a short pause, so the parent's item is surely first in line
    q.put(f"from Putter (pid {os.getpid()})")
    print("Putter: put my item")


def getter(q):
    """Child 2: takes the item at the head of the queue, whoever put it."""
    print("Getter: waiting in get()")
    item = q.get()
    print(f"Getter: received {item!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delay", type=float, default=0.2, help="seconds the Putter waits before its put")
    parser.add_argument("--wait", type=float, default=0.6, help="seconds the parent waits before its own get")
    parser.add_argument("--own-queue", action="store_true", help="the Putter makes its own Queue (the article's mistake 9)")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    q = Queue()
    q.put(f"from MainProcess (pid {os.getpid()})")  # in the queue before any child exists
    p1 = Process(target=putter, args=(q, args.delay, args.own_queue), name="Putter")
    p2 = Process(target=getter, args=(q,), name="Getter")
    p1.start()
    p2.start()
    time.sleep(args.wait)  # let the children do their part first
    try:
        item = q.get(timeout=1.0)
        print(f"MainProcess: received {item!r}")
    except queue.Empty:
        print("MainProcess: get(timeout=1.0) raised queue.Empty: nothing arrived on MY queue")
    p1.join()
    p2.join()
    print("MainProcess: both children have ended")


if __name__ == "__main__":
    main()
