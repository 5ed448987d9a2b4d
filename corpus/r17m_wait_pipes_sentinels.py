"""multiprocessing.connection.wait() on three Pipe read ends and the three children's sentinels at
once. A child sends a few results then ends; its read end then gives EOFError (the parent closed its
copies of the sending ends) and its sentinel becomes ready. One child dies from os._exit(2) without
sending anything. The loop stops when every pipe and sentinel is done."""
import multiprocessing as mp
import os
import sys
import time
from multiprocessing.connection import wait


def child(conn, n):
    if n == 1:
        os._exit(2)
    for i in range(n + 1):
        time.sleep(0.1)
        conn.send((n, i))
    conn.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    readers, procs = {}, {}
    for n in range(3):
        r, w = ctx.Pipe(duplex=False)
        p = ctx.Process(target=child, args=(w, n), name="child-%d" % n)
        p.start()
        w.close()
        readers[r] = n
        procs[p.sentinel] = p
    got, ended = [], []
    while readers or procs:
        for ready in wait(list(readers) + list(procs)):
            if ready in readers:
                try:
                    got.append(ready.recv())
                except EOFError:
                    del readers[ready]
            else:
                p = procs.pop(ready)
                p.join()
                ended.append((p.name, p.exitcode))
    print("results:", sorted(got), flush=True)
    print("ended:", sorted(ended), flush=True)
