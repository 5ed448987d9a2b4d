"""BoundedSemaphore: a child releases once too often and gets ValueError; a timed acquire gives up."""
import multiprocessing as mp
import sys


def child(sem):
    sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("second release:", e)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    sem = mp.BoundedSemaphore(1)
    p = mp.Process(target=child, args=(sem,))
    p.start()
    p.join()
    sem.acquire()
    print("timed acquire while held:", sem.acquire(timeout=0.2))
    sem.release()
