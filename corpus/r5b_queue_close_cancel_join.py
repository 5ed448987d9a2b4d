"""Queue.close() and join_thread(); put() after close() raises; a child that calls cancel_join_thread()
exits without waiting for its feeder: most of the 1000 items it put are lost."""
import multiprocessing as mp
import queue
import sys


def put_and_cancel(q):
    for i in range(1000):
        q.put(b"y" * 1000)
    q.cancel_join_thread()
    print("child exits without flushing", flush=True)


def put_and_close(q):
    q.put("small")
    q.close()
    q.join_thread()
    print("child closed and joined its feeder", flush=True)
    try:
        q.put("again")
    except ValueError as e:
        print("put after close raised", type(e).__name__, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=put_and_close, args=(q,))
    p.start()
    p.join()
    print("got", q.get(timeout=5))
    q2 = mp.Queue()
    c = mp.Process(target=put_and_cancel, args=(q2,))
    c.start()
    c.join()
    print("cancel child exit code", c.exitcode)
    n = 0
    try:
        while True:
            q2.get(timeout=0.5)
            n += 1
    except queue.Empty:
        pass
    print("items that arrived: fewer than 1000:", n < 1000)
