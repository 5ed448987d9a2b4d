"""Course exercise: a progress bar. Three workers each process 5 items and put ("tick", name) on a Queue after
each; a thread in the parent reads the Queue and redraws the bar until it reads one ("done", name) per worker.
The main thread joins the workers, then the reader thread."""
import multiprocessing as mp
import sys
import threading
import time

WORKERS, ITEMS = 3, 5


def worker(name, q):
    for i in range(ITEMS):
        time.sleep(0.03)
        q.put(("tick", name))
    q.put(("done", name))


def show_progress(q, total):
    seen = finished = 0
    while finished < WORKERS:
        kind, name = q.get()
        if kind == "tick":
            seen += 1
            bar = "#" * seen + "." * (total - seen)
            print("[%s] %2d/%d (%s)" % (bar, seen, total, name), flush=True)
        else:
            finished += 1


def main(ctx):
    q = ctx.Queue()
    reader = threading.Thread(target=show_progress, args=(q, WORKERS * ITEMS), name="progress")
    reader.start()
    ps = [ctx.Process(target=worker, args=("w%d" % i, q), name="w%d" % i) for i in range(WORKERS)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    reader.join()
    print("all done", flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
