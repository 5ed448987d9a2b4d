"""thread-local: threading.local() gives every thread its own copy of an attribute.

Run by `mp-tutor lesson thread-local`; it also runs on its own: python3 demo.py --threads 3
(The tracer shows each thread on its own lane, and every set and read of an attribute of the
threading.local `mine`: local.set / local.get, or local.get with missing when the read raised
AttributeError. The plain SimpleNamespace is not traced: its reads are seen only in the prints.)
"""
import argparse
import random
import threading
import time
from types import SimpleNamespace

mine = threading.local()     # one object, but each thread sees its own attributes on it
shared = SimpleNamespace()   # a plain object: every thread sees the same attributes


def show():
    """Reads both objects; it takes no arguments, and still knows 'its' thread's value."""
    me = threading.current_thread().name
    print(f"{me}: local.name = {mine.name}")
    print(f"shared.name = {shared.name}")


def worker(value, everyone_wrote, pause):
    me = threading.current_thread().name
    mine.name = value
    shared.name = value
    print(f"{me} sets local.name and shared.name to {value}")
    time.sleep(pause)
    everyone_wrote.wait()    # nobody reads until every thread has written both
    show()


def newcomer():
    me = threading.current_thread().name
    try:
        print(f"{me}: local.name = {mine.name}")
    except AttributeError:
        print(f"{me}: local.name -> AttributeError, never set here")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=3, help="worker threads")
    parser.add_argument("--seed", type=int, default=None, help="seed for the threads' small pauses")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    mine.name = "main"       # the main thread's own value
    everyone_wrote = threading.Barrier(args.threads)
    threads = [threading.Thread(target=worker, name=f"Thread_{i}",
                                args=(f"p{i}", everyone_wrote, rng.uniform(0.05, 0.2)))
               for i in range(1, args.threads + 1)]
    late = threading.Thread(target=newcomer, name="Newcomer")
    for t in threads:
        t.start()
    late.start()     # started while the workers are alive (so that it cannot reuse a finished thread's id)
    for t in threads + [late]:
        t.join()
    print(f"MainThread: local.name = {mine.name}, untouched")


if __name__ == "__main__":
    main()
