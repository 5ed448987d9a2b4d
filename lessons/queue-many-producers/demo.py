"""queue-many-producers: 10 putter processes and 10 getter processes share one Queue(3).

Run by `mp-tutor lesson queue-many-producers`; it also runs on its own: python3 demo.py --putters 10 --size 3
"""
import argparse
import os
import time
from multiprocessing import Process, Queue, current_process


def put_one(q):
    """A putter: puts one item. While the queue is full, put() waits for a free place."""
    name = current_process().name
    q.put(f"{name} (pid {os.getpid()})")


def get_one(q):
    """A getter: takes one item, whichever is at the head of the queue."""
    item = q.get()
    print(f"{current_process().name} got the item of {item}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--putters", type=int, default=10, help="putter processes, and as many getters")
    parser.add_argument("--size", type=int, default=3, help="maxsize of the queue")
    parser.add_argument("--pause", type=float, default=0.5, help="seconds the parent waits once the queue is full")
    parser.add_argument("--step", type=float, default=0.05, help="seconds between the starts of two getters")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    q = Queue(args.size)
    putters = [Process(target=put_one, args=(q,), name=f"Putter-{n}") for n in range(1, args.putters + 1)]
    for p in putters:
        p.start()

    # Wait (at most 10 s) until the first puts have filled the queue. Here qsize() can be trusted:
    # nobody takes items out yet, so the count can only go up.
    deadline = time.monotonic() + 10
    while q.qsize() < args.size and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(args.pause)  # the remaining putters are now stuck in put()
    print(f"the queue is full: qsize() = {q.qsize()}, full() = {q.full()}; "
          f"the other putters are waiting in put()")

    print(f"starting the {args.putters} getters")
    getters = [Process(target=get_one, args=(q,), name=f"Getter-{n}") for n in range(1, args.putters + 1)]
    for g in getters:
        g.start()
        time.sleep(args.step)  # one getter at a time, so each freed place is easy to follow
    for p in putters + getters:
        p.join()
    print(f"all {2 * args.putters} children have ended; the queue is empty: {q.empty()}")


if __name__ == "__main__":
    main()
