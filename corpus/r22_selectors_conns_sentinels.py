"""selectors.DefaultSelector over two Pipe read ends and two sentinels instead of connection.wait(): the loop
reads a message whenever a pipe is readable, unregisters a pipe at EOFError, and joins a child when its
sentinel is ready. One child sends two messages and ends; the other sends one and ends by os._exit(4)."""
import multiprocessing as mp
import os
import selectors
import sys
import time


def child(conn, n):
    for i in range(2 - n):
        time.sleep(0.2)
        conn.send(("child", n, i))
    if n == 1:
        time.sleep(0.2)
        conn.send(("child", n, "last"))
        os._exit(4)
    conn.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    sel = selectors.DefaultSelector()
    procs = []
    for n in range(2):
        r, w = ctx.Pipe(duplex=False)
        p = ctx.Process(target=child, args=(w, n), name="sender-%d" % n)
        p.start()
        w.close()
        procs.append(p)
        sel.register(r, selectors.EVENT_READ, ("pipe", n))
        sel.register(p.sentinel, selectors.EVENT_READ, ("sentinel", p))
    got, ended = [], []
    while sel.get_map():
        for key, _ in sel.select(timeout=5):
            kind, what = key.data
            if kind == "pipe":
                try:
                    got.append(key.fileobj.recv())
                except EOFError:
                    sel.unregister(key.fileobj)
            else:
                sel.unregister(key.fileobj)
                what.join()
                ended.append((what.name, what.exitcode))
    print("got:", sorted(map(str, got)), flush=True)
    print("ended:", sorted(ended), flush=True)
