"""JoinableQueue: two daemon workers mark items done; the parent's join() waits for all of them."""
import multiprocessing as mp
import sys
import time


def worker(q):
    while True:
        item = q.get()
        time.sleep(0.03 * (item % 3))
        q.task_done()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.JoinableQueue()
    for _ in range(2):
        mp.Process(target=worker, args=(q,), daemon=True).start()
    for i in range(8):
        q.put(i)
    q.join()
    print("every item was marked done")
