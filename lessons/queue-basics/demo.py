"""queue-basics: a multiprocessing.Queue with room for 3 items, and the feeder thread behind put().

Run by `mp-tutor lesson queue-basics`; it also runs on its own: python3 demo.py --size 3
"""
import argparse
import queue  # the exceptions queue.Full and queue.Empty live here, not in multiprocessing
import threading
import time
from multiprocessing import Process, Queue


def put_big_item(q, nbytes):
    """Runs in a child: put one big item, then return. The process cannot end before the item left it."""
    q.put(b"x" * nbytes)
    print(f"child: put() of {nbytes} bytes returned at once; my function ends now")


def part_one(size):
    print(f"--- part 1: Queue({size}) in one process")
    q = Queue(size)
    for n in range(1, size + 1):
        q.put(n)
    print(f"put {size} items: qsize() = {q.qsize()}, full() = {q.full()}")
    feeders = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    print(f"threads in this process after the first put(): MainThread + {', '.join(feeders)}")

    try:
        q.put_nowait(size + 1)
    except queue.Full:
        print(f"put_nowait({size + 1}) raised queue.Full: no room, and it does not wait")
    start = time.monotonic()
    try:
        q.put(size + 1, timeout=0.3)
    except queue.Full:
        print(f"put({size + 1}, timeout=0.3) waited {time.monotonic() - start:.2f} s, then raised queue.Full")

    got = [q.get() for _ in range(size)]
    print(f"got {got} back, first in first out")
    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait() raised queue.Empty: nothing there, and it does not wait")
    start = time.monotonic()
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print(f"get(timeout=0.2) waited {time.monotonic() - start:.2f} s, then raised queue.Empty")

    # The article writes q.get_nowait(3) inside a bare `except:` and prints "the queue is empty".
    try:
        q.get_nowait(3)
    except Exception as error:  # the article's bare except would hide what really went wrong
        print(f"the article's q.get_nowait(3) raised {type(error).__name__}: {error}")


def part_two(tries):
    print("--- part 2: empty() right after put(), same process")
    lies = sizes = 0
    for n in range(tries):
        q = Queue()
        q.put(f"try {n}")
        if q.empty():  # the item may still be in this process's buffer, not yet in the pipe
            lies += 1
        if q.qsize() == 1:  # qsize() counts puts minus gets: it already knows about the item
            sizes += 1
        q.get()
        q.close()
        q.join_thread()
    print(f"empty() said True right after a put() in {lies} of {tries} tries "
          f"while qsize() said 1 in {sizes} of {tries}")


def part_three(nbytes):
    print("--- part 3: a process cannot end before its queued items have left it")
    q = Queue()
    child = Process(target=put_big_item, args=(q, nbytes), name="BigPutter")
    child.start()
    child.join(timeout=0.5)
    print(f"parent: after join(timeout=0.5) the child is still alive: {child.is_alive()}")
    item = q.get()
    print(f"parent: got the {len(item)}-byte item; now the child's feeder thread can finish")
    child.join()
    print(f"parent: child ended, exitcode {child.exitcode}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=3, help="maxsize of the queue in part 1")
    parser.add_argument("--tries", type=int, default=5, help="how often part 2 tries empty() after put()")
    parser.add_argument("--kib", type=int, default=1024, help="size of the big item in part 3, in KiB")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()
    part_one(args.size)
    part_two(args.tries)
    part_three(args.kib * 1024)


if __name__ == "__main__":
    main()
