"""poll(0.05) on a Pipe's receiving end right after start(), while the parent still holds the sending end: under spawn
and forkserver the child given that end is still starting (its copy pickled for its start, rebuilt in it only later).
The poll finds nothing; the child sends after it is up; the parent's recv() gets it."""
import multiprocessing as mp
import sys
import time


def sender(w):
    time.sleep(0.2)
    w.send("hello")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=sender, args=(w,), name="sender")
    p.start()
    print("poll(0.05) right after start():", r.poll(0.05), flush=True)
    print("got", r.recv(), flush=True)
    p.join()
    w.close()
    print("sender exit code", p.exitcode, flush=True)
