"""Processes taking turns through a Lock to print, a with-block each (a blog tutorial's first lock example)."""
import multiprocessing as mp
import sys


def greet(lock, i):
    with lock:
        print("worker", i, "has the lock", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock = mp.Lock()
    ps = [mp.Process(target=greet, args=(lock, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
