"""queue-terminate: an endless reader stopped with terminate() (exit code -15), and why that can
break the queue it was reading; then the clean way, an end signal.

Run by `mp-tutor lesson queue-terminate`; it also runs on its own: python3 demo.py --seed 1
"""
import argparse
import queue
import random
import time
from multiprocessing import Process, Queue, current_process


def writer(q, seed):
    """Puts A, B and C, with a short random pause after each."""
    rng = random.Random(seed)
    for value in ["A", "B", "C"]:
        print(f"{current_process().name}: put {value}")
        q.put(value)
        time.sleep(rng.uniform(0.05, 0.2))


def reader(q, limit=1000):
    """Reads for ever (well, up to `limit` items), unless it receives None."""
    me = current_process().name
    try:
        for _ in range(limit):
            print(f"{me}: waits for the next item")
            value = q.get()  # holds the queue's read lock while it waits for data
            if value is None:
                print(f"{me}: received None, so it stops")
                return
            print(f"{me}: got {value}")
    finally:
        print(f"{me}: finally block runs, the reader cleans up")


def wait_until_read(q, seconds=5.0):
    """After the writer has ended, wait (at most `seconds`) until the reader has taken every item."""
    deadline = time.monotonic() + seconds
    while not q.empty() and time.monotonic() < deadline:
        time.sleep(0.01)


def part_one(seed, grace):
    print("--- part 1: the article's way, terminate() the endless reader")
    q = Queue()
    w = Process(target=writer, args=(q, seed), name="Writer-1")
    r = Process(target=reader, args=(q,), name="Reader-1")
    w.start()
    r.start()
    w.join()
    wait_until_read(q)
    time.sleep(grace)  # the reader is now blocked inside get(), holding the queue's read lock
    print("parent: calling terminate() on Reader-1")
    r.terminate()  # sends SIGTERM; returns at once
    print(f"parent: right after terminate(), exitcode is {r.exitcode} (the signal may not have landed yet)")
    r.join()
    print(f"parent: after join(), Reader-1's exitcode is {r.exitcode}")

    q.put("D")
    print(f"parent: put D on the same queue; qsize() = {q.qsize()}")
    try:
        print(f"parent: got {q.get(timeout=1.0)} back")
    except queue.Empty:
        print("parent: get(timeout=1.0) raised queue.Empty although D is there: "
              "the dead reader still holds the queue's read lock")


def part_two(seed):
    print("--- part 2: the clean way, an end signal")
    q = Queue()
    w = Process(target=writer, args=(q, seed), name="Writer-2")
    r = Process(target=reader, args=(q,), name="Reader-2")
    w.start()
    r.start()
    w.join()
    print("parent: the writer has ended; sending None to Reader-2")
    q.put(None)
    r.join()
    print(f"parent: Reader-2 ended by itself, exitcode {r.exitcode}")
    q.put("D")
    print(f"parent: put D on the same queue, then got {q.get(timeout=1.0)} back: the queue still works")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--grace", type=float, default=0.3,
                        help="seconds the parent waits, once everything was read, before terminate()")
    parser.add_argument("--seed", type=int, default=1, help="seed for the writer's pauses")
    args = parser.parse_args()
    part_one(args.seed, args.grace)
    part_two(args.seed)


if __name__ == "__main__":
    main()
