"""A non-daemon collector thread waits in Queue.get() for results from a child that crashed before its put();
the main thread's code ends, and the interpreter's exit waits for that thread forever
(https://docs.python.org/3/library/threading.html: "The entire Python program exits when no alive non-daemon
threads are left")."""
import multiprocessing as mp
import sys
import threading


def compute(q):
    raise RuntimeError("disk full")
    q.put(42)


def collect(q, out):
    out.append(q.get())


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    out = []
    t = threading.Thread(target=collect, args=(q, out), name="collector")
    t.start()
    p = mp.Process(target=compute, args=(q,))
    p.start()
    p.join()
    print("child exit code", p.exitcode, flush=True)
    print("main done", flush=True)
