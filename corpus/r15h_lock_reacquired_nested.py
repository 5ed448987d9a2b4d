"""A child holds a multiprocessing.Lock and calls a helper that takes the same Lock again: a Lock is not
re-entrant, so the child waits on itself forever, and the parent's join() with it
(the shape of https://runebook.dev/en/articles/python/library/multiprocessing/multiprocessing.RLock: "With a
standard Lock, this would result in a deadlock because the process would block itself")."""
import multiprocessing as mp
import sys


def log(lock, msg):
    with lock:
        print(msg, flush=True)


def worker(lock, total):
    with lock:
        total.value += 1
        log(lock, f"total now {total.value}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock = mp.Lock()
    total = mp.Value("i", 0, lock=False)
    p = mp.Process(target=worker, args=(lock, total), name="worker")
    p.start()
    p.join()
    print("total", total.value)
