"""selectors.DefaultSelector over a Pipe read end and a child's sentinel: the parent's select() blocks until the child
sends (0.4 s), then until the child ends (0.3 s later) and the pipe's EOF is read; a last select(0) finds nothing and
writes nothing."""
import multiprocessing as mp
import selectors
import sys
import time


def child(conn):
    time.sleep(0.4)
    conn.send("hello")
    time.sleep(0.3)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=child, args=(w,), name="sender")
    p.start()
    w.close()
    with selectors.DefaultSelector() as sel:
        sel.register(r, selectors.EVENT_READ, "pipe")
        sel.register(p.sentinel, selectors.EVENT_READ, "sentinel")
        # until both are done: the child's end readies the pipe's EOF and the sentinel together, but a select()
        # can wake on the sentinel before the pipe's end is closed, and leaving then would leave the EOF unread
        while sel.get_map():
            for key, _ in sel.select(timeout=10):
                if key.data == "pipe":
                    try:
                        print("got", key.fileobj.recv(), flush=True)
                    except EOFError:
                        sel.unregister(r)
                else:
                    sel.unregister(p.sentinel)
        print("select(0) after the end:", len(sel.select(0)), flush=True)
    p.join()
    print("exit code", p.exitcode, flush=True)
