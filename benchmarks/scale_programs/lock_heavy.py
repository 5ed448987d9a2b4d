"""Scale benchmark seed: two processes taking one Lock in turns (mostly lock.* events)."""
import multiprocessing as mp


def work(lock, n):
    for _ in range(n):
        with lock:
            pass


if __name__ == '__main__':
    lock = mp.Lock()
    workers = [mp.Process(target=work, args=(lock, 40)) for _ in range(2)]
    for w in workers:
        w.start()
    work(lock, 40)
    for w in workers:
        w.join()
