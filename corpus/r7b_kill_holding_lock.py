# A child is SIGKILLed by the parent while holding a Lock; the parent then tries the Lock.
import multiprocessing as mp
import time


def hold(lock, ready):
    lock.acquire()
    ready.set()
    time.sleep(30)


if __name__ == "__main__":
    lock = mp.Lock()
    ready = mp.Event()
    p = mp.Process(target=hold, args=(lock, ready))
    p.start()
    ready.wait()
    p.kill()
    p.join()
    print("child exitcode", p.exitcode)
    got = lock.acquire(timeout=1)
    print("parent got the lock:", got)
