"""record_cost benchmark program: two processes taking one Lock in turns, about 50,000 events.

Each `with lock:` makes a lock.acquire and a lock.release event (and a lock.wait when the other
process holds it), so ROUNDS per process sets the size: 12,000 gives about 50k events.
"""
import multiprocessing as mp
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 12000


def work(lock, n):
    for _ in range(n):
        with lock:
            pass


if __name__ == '__main__':
    lock = mp.Lock()
    child = mp.Process(target=work, args=(lock, ROUNDS))
    child.start()
    work(lock, ROUNDS)
    child.join()
