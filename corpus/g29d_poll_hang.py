"""A hang in select.poll(): the parent waits for a line on a Pipe read end whose child never sends one, and keeps its
own copy of the sending end, so no end of file comes either (gaps 29D: the wait had no row, the hang no cause)."""
import multiprocessing as mp
import select
import time


def worker(conn):
    time.sleep(0.2)
    print("worker: done, nothing sent", flush=True)


if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=worker, args=(w,), name="silent")
    p.start()
    poller = select.poll()
    poller.register(r, select.POLLIN)
    print("waiting for a line", flush=True)
    print(poller.poll(), flush=True)      # no timeout: the parent's own w keeps the pipe open
