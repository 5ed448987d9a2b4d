"""PyMOTW's "ActivePool" pattern, written afresh: 10 workers, at most 3 in the critical part at
once (a Semaphore), each adds its name to a Manager list under a Lock while it works, prints
who is active, and removes itself."""
import multiprocessing
import sys
import time


class ActivePool:
    def __init__(self, manager):
        self.active = manager.list()
        self.lock = multiprocessing.Lock()

    def make_active(self, name):
        with self.lock:
            self.active.append(name)

    def make_inactive(self, name):
        with self.lock:
            self.active.remove(name)

    def __str__(self):
        with self.lock:
            return str(list(self.active))


def worker(sem, pool):
    name = multiprocessing.current_process().name
    with sem:
        pool.make_active(name)
        print("Activating", name, "now running:", pool, flush=True)
        time.sleep(0.2)
        pool.make_inactive(name)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    with multiprocessing.Manager() as manager:
        pool = ActivePool(manager)
        sem = multiprocessing.Semaphore(3)
        jobs = [multiprocessing.Process(target=worker, name=str(i), args=(sem, pool)) for i in range(10)]
        for j in jobs:
            j.start()
        for j in jobs:
            j.join()
            print("Now running:", pool, flush=True)
