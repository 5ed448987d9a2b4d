"""A Process subclass keeps its settings from __init__ and starts two threads in run(); the
threads and a second plain process share one multiprocessing.Lock around their prints."""
import multiprocessing as mp
import sys
import threading
import time


class Crawler(mp.Process):
    def __init__(self, lock, pages, label):
        super().__init__()
        self.lock = lock
        self.pages = pages
        self.label = label
        self.done = 0  # the parent's copy never changes

    def fetch(self, page):
        time.sleep(0.05)
        with self.lock:
            print(f"[{self.label}/{threading.current_thread().name}] fetched {page}", flush=True)

    def run(self):
        mp.current_process().name = f"crawler-{self.label}"
        ts = [threading.Thread(target=self.fetch, args=(p,), name=f"t{i}") for i, p in enumerate(self.pages)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        self.done = len(self.pages)
        print(f"{mp.current_process().name} done={self.done}", flush=True)


def reporter(lock):
    for i in range(3):
        with lock:
            print(f"reporter tick {i}", flush=True)
        time.sleep(0.03)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    lock = ctx.Lock()
    c = Crawler(lock, ["/a", "/b"], "A")
    r = ctx.Process(target=reporter, args=(lock,), name="reporter")
    print("before start:", c.name, "done =", c.done)
    c.start(); r.start()
    c.join(); r.join()
    print("after join:", c.name, "done =", c.done, "exitcodes", c.exitcode, r.exitcode)
