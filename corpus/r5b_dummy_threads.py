"""multiprocessing.dummy: the same API on threads. Process is a Thread; a Queue, a Lock, an Event,
current_process() and active_children()."""
import sys
import time
from multiprocessing import dummy


def worker(q, lock, ev, i):
    ev.wait(2)
    with lock:
        q.put((i, dummy.current_process().name.startswith("Thread")))


if __name__ == "__main__":
    q, lock, ev = dummy.Queue(), dummy.Lock(), dummy.Event()
    ts = [dummy.Process(target=worker, args=(q, lock, ev, i)) for i in range(3)]
    for t in ts:
        t.start()
    print("alive before set:", len(dummy.active_children()))
    time.sleep(0.2)
    ev.set()
    for t in ts:
        t.join()
    print(sorted(q.get() for _ in ts), "exitcode attr:", getattr(ts[0], "exitcode", "none"))
