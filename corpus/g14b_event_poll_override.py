"""Event polling, what gaps 13A left (gaps 14B): a Deadline Event whose own is_set() also says True once its time is
up (it calls Event's is_set() inside) is counted where the program's loop calls it, with what it returned; a
multiprocessing.Event subclass polled in a child likewise; a daemon thread still polling a never-set Event when the
program ends gets its polls written on its own lane."""
import multiprocessing as mp
import multiprocessing.synchronize as mps
import sys
import threading
import time


class Deadline(threading.Event):
    def __init__(self, seconds):
        super().__init__()
        self.until = time.monotonic() + seconds

    def is_set(self):
        return super().is_set() or time.monotonic() > self.until


class Ready(mps.Event):
    def is_set(self):
        return super().is_set()


def wait_ready(ready):
    n = 0
    while not ready.is_set():
        n += 1
        time.sleep(0.02)
    print("child saw ready after", n, "polls" if n != 1 else "poll", flush=True)


def watch(stop):
    while not stop.is_set():
        time.sleep(0.02)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    deadline = Deadline(0.2)
    while not deadline.is_set():
        time.sleep(0.02)
    print("deadline passed; flag set:", deadline._flag, flush=True)
    ready = Ready(ctx=mp.get_context())
    p = mp.Process(target=wait_ready, args=(ready,))
    p.start()
    time.sleep(0.3)
    ready.set()
    p.join()
    stop = threading.Event()
    threading.Thread(target=watch, args=(stop,), name="Watcher", daemon=True).start()
    time.sleep(0.2)
    print("main ends; the Watcher is still polling", flush=True)
