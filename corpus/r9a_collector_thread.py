"""A collector thread in the parent reads results from a multiprocessing.Queue while the main thread starts the
workers and joins them (a GUI or server keeps its main thread free this way); None from each worker ends it."""
import sys
import threading
import time
import multiprocessing as mp


def worker(q, wid):
    for i in range(3):
        time.sleep(0.05)
        q.put((wid, i))
    q.put(None)


def collect(q, n, out):
    done = 0
    while done < n:
        item = q.get()
        if item is None:
            done += 1
        else:
            out.append(item)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    out = []
    t = threading.Thread(target=collect, args=(q, 2, out), name="collector")
    t.start()
    ps = [mp.Process(target=worker, args=(q, w)) for w in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    t.join()
    print(len(out), "results:", sorted(out))
