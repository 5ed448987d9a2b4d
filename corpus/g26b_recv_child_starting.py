"""recv() on a Pipe's receiving end right after start() of a child given the sending end (no poll): under spawn and
forkserver the child is still starting (its copy pickled for its start, rebuilt in it only later), so the recv() waits
for the child's whole start, and could not have ended in EOFError meanwhile. The parent closes its own copy first."""
import multiprocessing as mp
import sys
import time


def sender(w):
    time.sleep(0.1)
    w.send("hello")
    w.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=sender, args=(w,), name="sender")
    p.start()
    w.close()
    print("got", r.recv(), flush=True)
    try:
        r.recv()
    except EOFError:
        print("then EOFError: every copy of the sending end closed", flush=True)
    p.join()
    print("sender exit code", p.exitcode, flush=True)
