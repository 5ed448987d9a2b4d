"""Waiting by polling (gaps 13A): a child loops `while not ready.is_set(): sleep(0.05)` on a multiprocessing.Event the
parent sets after 0.5 s, and a thread of the parent polls a threading.Event the same way until the main thread sets
it; a worker polls a stop Event it never sees set (its loop ends by count).  None of them ever blocks in wait(): the
record keeps only each change of is_set()'s result, with the polls before it."""
import multiprocessing as mp
import sys
import threading
import time


def wait_by_polling(ready, who):
    polls = 0
    while not ready.is_set():
        polls += 1
        time.sleep(0.05)
    print(who, "saw it set after", polls, "sleeps", flush=True)


def worker(stop):
    for _ in range(4):
        if stop.is_set():
            break
        time.sleep(0.02)
    print("worker gave up waiting for stop", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ready, stop = mp.Event(), threading.Event()
    child = mp.Process(target=wait_by_polling, args=(ready, "child"))
    child.start()
    local = threading.Event()
    t = threading.Thread(target=wait_by_polling, args=(local, "thread"), name="Poller")
    t.start()
    w = threading.Thread(target=worker, args=(stop,), name="Worker")
    w.start()
    time.sleep(0.5)
    ready.set()
    local.set()
    child.join()
    t.join()
    w.join()
