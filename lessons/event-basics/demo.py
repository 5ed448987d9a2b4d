"""event-basics: an Event is a shared True/False flag; wait() blocks while it is False.

Run by `mp-tutor lesson event-basics`; it also runs on its own: python3 demo.py --waiters 3
(The tracer records each set/clear/wait; the prints say what is_set() and wait() returned.)
"""
import argparse
import random
import time
from multiprocessing import Event, Process


def waiter(name, event):
    print(f"{name} calls wait(): is_set() = {event.is_set()}, so it blocks")
    start = time.monotonic()
    event.wait()                      # blocks until some process calls event.set()
    print(f"{name} wakes after {time.monotonic() - start:.3f} s: is_set() = {event.is_set()}")


def latecomer(event):
    start = time.monotonic()
    result = event.wait()             # the flag is already True: returns at once
    print(f"latecomer: is_set() = {event.is_set()}, wait() returned {result} "
          f"after {time.monotonic() - start:.3f} s")


def forgotten(event):
    print("forgotten calls wait() with no timeout, and nobody will call set()")
    event.wait()                      # blocks forever: only terminate() ends this process
    print("forgotten: this line is never printed")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--waiters", type=int, default=3, help="processes that wait for the event")
    parser.add_argument("--seed", type=int, default=None, help="seed for the main process's pause before set()")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    event = Event()
    print(f"main: new Event: is_set() = {event.is_set()}")

    # 1. wait() blocks while the flag is False; one set() wakes every waiter.
    waiters = [Process(target=waiter, name=f"waiter-{i}", args=(f"waiter-{i}", event))
               for i in range(1, args.waiters + 1)]
    for w in waiters:
        w.start()
    time.sleep(0.3 + rng.uniform(0, 0.1))   # with cores to spare, every waiter is blocked in wait() by now
    print("main calls set()")
    event.set()
    print(f"main: after set(), is_set() = {event.is_set()}")
    for w in waiters:
        w.join()

    # 2. While the flag is True, wait() does not block at all.
    late = Process(target=latecomer, name="latecomer", args=(event,))
    late.start()
    late.join()

    # 3. clear() puts the flag back to False; wait(timeout) gives up and returns False.
    event.clear()
    print(f"main calls clear(): is_set() = {event.is_set()}")
    start = time.monotonic()
    result = event.wait(timeout=0.2)
    print(f"main: wait(timeout=0.2) returned {result} after {time.monotonic() - start:.3f} s")

    # 4. wait() without a timeout on a flag nobody sets never returns.
    stuck = Process(target=forgotten, name="forgotten", args=(event,))
    stuck.start()
    stuck.join(timeout=0.5)
    print(f"main: join(timeout=0.5) gave up, forgotten.is_alive() = {stuck.is_alive()}")
    stuck.terminate()
    stuck.join()
    print(f"main: forgotten ended with exit code {stuck.exitcode}")


if __name__ == "__main__":
    main()
