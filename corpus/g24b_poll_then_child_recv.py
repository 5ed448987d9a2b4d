"""Connection.poll() True in the parent, then a child (not the parent) receives on that same end: the parent's poll was
True only because every copy of the other end had been closed (nothing was ever sent), and the child's recv() raises
EOFError. The parent never receives."""
import multiprocessing as mp
import sys


def taker(r, w, closed, go):
    w.close()           # this child's copy of the sending end
    closed.set()
    go.wait()
    try:
        print("taker got", r.recv(), flush=True)
    except EOFError:
        print("taker: EOFError, nothing was sent", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    closed, go = mp.Event(), mp.Event()
    p = mp.Process(target=taker, args=(r, w, closed, go), name="taker")
    p.start()
    w.close()
    closed.wait()
    print("poll() in the parent:", r.poll(5), flush=True)
    go.set()
    p.join()
    print("taker exit code", p.exitcode, flush=True)
