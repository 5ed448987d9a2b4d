"""The parent makes a Lock and a BoundedSemaphore and passes both to two children, which take turns with them.

Under spawn and forkserver each child rebuilds the Lock from its pickle (SemLock.__setstate__): it opens the SAME named
semaphore as the parent's Lock, so a child's acquire() waits for the other child holding it. Under fork the children
inherit the objects: nothing is rebuilt."""
import multiprocessing as mp
import sys
import time


def work(i, lock, slots):
    with slots:
        with lock:
            print("child", i, "holds the lock")
            time.sleep(0.2)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock = mp.Lock()
    slots = mp.BoundedSemaphore(2)
    children = [mp.Process(target=work, args=(i, lock, slots)) for i in range(2)]
    for p in children:
        p.start()
    for p in children:
        p.join()
    print("done")
