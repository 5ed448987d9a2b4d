"""joinable-queue: producers wait in JoinableQueue.join() until consumers have called task_done() for
every item; the consumers are daemons, stopped when the main process ends.

Run by `mp-tutor lesson joinable-queue`; it also runs on its own: python3 demo.py --producers 3 --items 3
"""
import argparse
import random
import time
from multiprocessing import JoinableQueue, Process, current_process

FOODS = ["bun", "bone", "soup", "rice", "noodle"]


def producer(q, food, items, seed):
    """Puts its items, then waits in q.join() until every item on the queue has been processed."""
    rng = random.Random(seed)
    me = current_process().name
    for n in range(1, items + 1):
        time.sleep(rng.uniform(0.02, 0.08))  # cooking is quick
        q.put(f"{food} {n}")
    print(f"{me} has put all its items and now waits in q.join()")
    q.join()  # returns when task_done() has been called once for every item ever put
    print(f"{me}: q.join() returned, every item has been processed")


def consumer(q, seed):
    """A daemon: processes items for as long as the main process lives. It has no way out on purpose."""
    rng = random.Random(seed)
    me = current_process().name
    while True:
        item = q.get()
        time.sleep(rng.uniform(0.08, 0.15))  # eating is slower than cooking
        print(f"{me} finished {item}")
        q.task_done()  # one call per item taken: this is what join() counts


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--producers", type=int, default=3, help="producer processes")
    parser.add_argument("--consumers", type=int, default=2, help="consumer processes (daemons)")
    parser.add_argument("--items", type=int, default=3, help="items each producer puts")
    parser.add_argument("--seed", type=int, default=1, help="seed for the cooking and eating times")
    args = parser.parse_args()

    q = JoinableQueue()
    cooks = [Process(target=producer, args=(q, FOODS[n % len(FOODS)], args.items, args.seed * 100 + n),
                     name=f"Producer-{n + 1}") for n in range(args.producers)]
    eaters = [Process(target=consumer, args=(q, args.seed * 100 + 50 + n), name=f"Consumer-{n + 1}", daemon=True)
              for n in range(args.consumers)]
    for p in cooks + eaters:
        p.start()
    for p in cooks:
        p.join()  # a producer ends only after its q.join(): so every item has been processed now
    print("main: every producer has ended, so every item has been processed; "
          "the daemon consumers are stopped as I exit")


if __name__ == "__main__":
    main()
