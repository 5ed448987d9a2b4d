"""joinable-queue changed: the worker skips task_done() for the items it cannot handle, so
JoinableQueue.join() in the main process never returns."""
import multiprocessing as mp
import sys


def worker(q):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        if item % 3 == 0:
            print(f"skip {item}", flush=True)
            continue            # forgot task_done() here
        print(f"handled {item}", flush=True)
        q.task_done()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.JoinableQueue()
    w = mp.Process(target=worker, args=(q,), daemon=True)
    w.start()
    for i in range(1, 8):
        q.put(i)
    q.put(None)
    print("main: waiting for every task to be done", flush=True)
    q.join()
    print("main: all done", flush=True)
