"""A thread spins on threading.Semaphore.acquire(blocking=False) while another holds the only unit."""
import threading
import time

sem = threading.BoundedSemaphore(1)


def holder():
    with sem:
        time.sleep(0.2)


def spinner():
    tries = 0
    while not sem.acquire(blocking=False):
        tries += 1
        time.sleep(0.001)
    sem.release()
    print("spinner got it after", "some" if tries else "no", "failed tries")


if __name__ == "__main__":
    h = threading.Thread(target=holder)
    h.start()
    time.sleep(0.05)
    s = threading.Thread(target=spinner)
    s.start()
    h.join()
    s.join()
