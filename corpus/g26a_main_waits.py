"""The main process waits in one call after another: join(), a Pipe's recv() and poll(timeout), an Event, a
Condition, connection.wait(), a Pool's get() and map(), a Future's result(), futures.wait(), as_completed(), a
manager's proxy call. Each child or task makes the wait last a moment (gaps 26A: the panel said "running")."""
import sys
import time
import multiprocessing as mp
from multiprocessing import connection
from concurrent.futures import ProcessPoolExecutor, wait, as_completed


def nap_then_send(conn):
    time.sleep(0.3)
    conn.send("hello")
    conn.close()


def nap_then_set(event):
    time.sleep(0.3)
    event.set()


def nap_then_notify(cond):
    time.sleep(0.3)
    with cond:
        cond.notify_all()


def slow_square(x):
    time.sleep(0.2)
    return x * x


def nap_then_put(q):
    time.sleep(0.3)
    q.put("done")


def main(method):
    ctx = mp.get_context(method)
    p = ctx.Process(target=time.sleep, args=(0.3,), name="sleeper")
    p.start()
    p.join()

    parent, child = ctx.Pipe()
    p = ctx.Process(target=nap_then_send, args=(child,), name="sender")
    p.start()
    print("polled", parent.poll(0.05))
    print("got", parent.recv())
    p.join()

    event = ctx.Event()
    p = ctx.Process(target=nap_then_set, args=(event,), name="setter")
    p.start()
    print("event", event.wait(5))
    p.join()

    cond = ctx.Condition()
    p = ctx.Process(target=nap_then_notify, args=(cond,), name="notifier")
    with cond:
        p.start()
        print("notified", cond.wait(5))
    p.join()

    parent, child = ctx.Pipe(duplex=False)
    p = ctx.Process(target=nap_then_send, args=(child,), name="sender2")
    p.start()
    ready = connection.wait([parent, p.sentinel], timeout=5)
    print("ready", len(ready))
    print("got", parent.recv())
    p.join()

    with ctx.Pool(2) as pool:
        print("get", pool.apply_async(slow_square, (3,)).get(timeout=5))
        print("map", pool.map(slow_square, range(4)))

    with ProcessPoolExecutor(2, mp_context=ctx) as ex:
        print("result", ex.submit(slow_square, 5).result())
        futures = [ex.submit(slow_square, i) for i in range(3)]
        wait(futures)
        print("as_completed", sorted(f.result() for f in as_completed([ex.submit(slow_square, 7)])))

    with ctx.Manager() as manager:
        q = manager.Queue()
        p = ctx.Process(target=nap_then_put, args=(q,), name="putter")
        p.start()
        print("manager", q.get(timeout=5))
        p.join()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "spawn")
