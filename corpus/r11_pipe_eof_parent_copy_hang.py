"""Reading a Pipe "until EOFError", as many answers show: the child sends three lines and closes its
end, but the parent never closed ITS copy of the write end after start(), so the pipe still has a
writer and recv() waits forever instead of raising EOFError. (The fix: w.close() in the parent
right after p.start().)"""
import multiprocessing as mp
import sys


def producer(w):
    for line in ("alpha", "beta", "gamma"):
        w.send(line)
    w.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=producer, args=(w,))
    p.start()
    # missing: w.close()
    while True:
        try:
            print("got", r.recv(), flush=True)
        except EOFError:
            break
    p.join()
    print("done")
