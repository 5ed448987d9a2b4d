"""The parent makes a one-way Pipe, gives the read end to Reader and the write end to Writer, and closes both of its
own copies after start(), as the docs advise (gaps 12A).  Writer sends three lines and closes its end; Reader reads
"until EOFError".  Under fork Reader was forked while the parent still had the write end open, so Reader holds a copy
of it itself: recv() never raises EOFError and Reader waits forever.  (Under spawn or forkserver Reader gets only what
it was given, and ends.)"""
import multiprocessing as mp
import sys


def reader(r):
    while True:
        try:
            print("reader got", r.recv(), flush=True)
        except EOFError:
            print("reader: EOF", flush=True)
            return


def writer(w):
    for line in ("alpha", "beta", "gamma"):
        w.send(line)
    w.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    a = mp.Process(target=reader, args=(r,), name="Reader")
    b = mp.Process(target=writer, args=(w,), name="Writer")
    a.start()
    b.start()
    r.close()
    w.close()
    b.join()
    a.join()
    print("done")
