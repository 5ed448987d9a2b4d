"""producer-consumer: producers put items on a Queue, consumers take them off. How do the consumers
know when to stop?

Run by `mp-tutor lesson producer-consumer`; it also runs on its own:
  python3 demo.py                      one producer, one consumer, one None as the end signal
  python3 demo.py --no-end-signal      the consumer is never told to stop (it waits for ever)
  python3 demo.py --producers 3 --consumers 2    one None per consumer
"""
import argparse
import random
import time
from multiprocessing import Process, Queue, current_process

FOODS = ["bun", "bone", "soup", "rice", "noodle", "dumpling"]


def producer(q, food, items, seed):
    """A cook: makes `items` portions of one food, each after a short while, and puts them on the queue."""
    rng = random.Random(seed)
    me = current_process().name
    for n in range(1, items + 1):
        time.sleep(rng.uniform(0.05, 0.15))  # cooking
        q.put(f"{food} {n}")
        print(f"{me} made {food} {n}")
    print(f"{me} is done cooking")


def consumer(q, seed, limit=1000):
    """An eater: takes items off the queue until it receives None (the end signal)."""
    rng = random.Random(seed)
    me = current_process().name
    for _ in range(limit):  # bounded, but without an end signal get() below waits for ever anyway
        print(f"{me} waits for the next item")
        item = q.get()
        if item is None:
            print(f"{me} received None: no more food is coming, so it stops")
            return
        time.sleep(rng.uniform(0.05, 0.1))  # eating
        print(f"{me} ate {item}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--producers", type=int, default=1, help="producer processes (cooks)")
    parser.add_argument("--consumers", type=int, default=1, help="consumer processes (eaters)")
    parser.add_argument("--items", type=int, default=3, help="items each producer makes")
    parser.add_argument("--no-end-signal", action="store_true", help="never tell the consumers to stop")
    parser.add_argument("--seed", type=int, default=1, help="seed for the cooking and eating times")
    args = parser.parse_args()

    q = Queue()
    cooks = [Process(target=producer, args=(q, FOODS[n % len(FOODS)], args.items, args.seed * 100 + n),
                     name=f"Producer-{n + 1}") for n in range(args.producers)]
    eaters = [Process(target=consumer, args=(q, args.seed * 100 + 50 + n), name=f"Consumer-{n + 1}")
              for n in range(args.consumers)]
    for p in cooks + eaters:
        p.start()

    for p in cooks:
        p.join()  # every item is on the queue once all producers have ended
    print("main: every producer has ended")
    if not args.no_end_signal:
        for _ in eaters:
            q.put(None)  # one end signal per consumer: each consumer stops at the first None it gets
        print(f"main: put {len(eaters)} x None, one per consumer")
        for c in eaters:
            c.join()
        print("main: every consumer has ended")
    print("main: my code is done")
    # Without an end signal, the interpreter now waits for the non-daemon consumers at exit: for ever.


if __name__ == "__main__":
    main()
