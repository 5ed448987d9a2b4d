"""queue.Queue and threading.Lock passed to a Process: under fork the child gets copies (its put never arrives, and
its lock is not the parent's lock); spawn cannot pickle them."""
import multiprocessing as mp
import queue
import sys
import threading
import time


def worker(q, lock):
    time.sleep(0.1)                 # the parent holds its lock by now
    with lock:
        q.put("hello from child")
        print("child holds the lock", flush=True)
        time.sleep(0.2)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = queue.Queue()
    lock = threading.Lock()
    p = mp.Process(target=worker, args=(q, lock))
    try:
        p.start()
    except TypeError as e:
        print("start failed:", e)
    else:
        with lock:
            print("parent holds the lock", flush=True)
            time.sleep(0.3)
        p.join()
        print("child exitcode", p.exitcode)
        try:
            print(q.get(timeout=0.5))
        except queue.Empty:
            print("parent: queue.Queue is empty (the child had its own copy)")
