"""An RLock taken twice by one process; a second process waits until both levels are released."""
import multiprocessing as mp
import sys
import time


def outer(lock):
    with lock:
        with lock:
            time.sleep(0.2)
        time.sleep(0.1)


def other(lock):
    time.sleep(0.05)
    with lock:
        print("other got the RLock")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock = mp.RLock()
    ps = [mp.Process(target=outer, args=(lock,)), mp.Process(target=other, args=(lock,))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
