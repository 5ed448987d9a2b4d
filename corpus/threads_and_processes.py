"""Threads inside processes: a child runs two threads sharing a threading.Lock and a threading.local."""
import multiprocessing as mp
import sys
import threading
import time

local = threading.local()


def thread_body(lock, n, out):
    local.n = n
    with lock:
        time.sleep(0.05)
        out.append(local.n)


def child():
    lock, out = threading.Lock(), []
    ts = [threading.Thread(target=thread_body, args=(lock, n, out)) for n in (1, 2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("threads stored", sorted(out))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=child)
    p.start()
    p.join()
