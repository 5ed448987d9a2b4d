"""Done-callbacks that return (and one that raises) on both executors; send() on a Pipe(duplex=False)'s read end;
a 20 MB send_bytes()/recv_bytes(); a SimpleQueue closed, then put() on it; start() of a Process subclass that
skipped Process.__init__, and start() twice."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def square(x):
    return x * x


def slow_note(fut):
    time.sleep(0.05)


def bad_note(fut):
    raise RuntimeError("callback failed")


def big_sender(conn):
    conn.send_bytes(b"\0" * 20_000_000)
    conn.close()


class Worker(mp.Process):
    def __init__(self):     # forgets super().__init__()
        self.n = 1


def nothing():
    pass


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(square, 3)
        f.add_done_callback(slow_note)
        print("process result", f.result(), flush=True)
    f.add_done_callback(bad_note)      # already done: runs here, in the main thread, and is logged
    with cf.ThreadPoolExecutor(max_workers=1) as tex:
        g = tex.submit(square, 4)
        g.add_done_callback(slow_note)
    print("thread result", g.result(), flush=True)

    r, w = mp.Pipe(duplex=False)
    try:
        r.send("hello")
    except OSError as e:
        print("send on the read end:", e, flush=True)
    p = mp.Process(target=big_sender, args=(w,))
    p.start()
    w.close()
    print("received", len(r.recv_bytes()), "bytes", flush=True)
    p.join()

    q = mp.SimpleQueue()
    q.put("x")
    print("got", q.get(), flush=True)
    q.close()
    try:
        q.put("y")
    except OSError as e:
        print("put after close:", e, flush=True)

    try:
        Worker().start()
    except AttributeError as e:
        print("AttributeError", flush=True)
    p = mp.Process(target=nothing)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e, flush=True)
    p.join()
