"""A log crunching tool: a reader thread reads a file line by line and submits each line to a
ProcessPoolExecutor, handing the futures to a collector thread over a queue.Queue; the collector
takes them in batches of 4 with as_completed(timeout=5). One line is not a number: its future
holds ValueError, which the collector counts."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import queue
import sys
import tempfile
import threading


def score(line):
    n = int(line)
    return n, sum(i * i for i in range(n * 200))


def reader(path, pool, futs):
    with open(path) as f:
        for line in f:
            futs.put(pool.submit(score, line.strip()))
    futs.put(None)


def collector(futs, out):
    batch, finished = [], False
    while not finished:
        item = futs.get()
        if item is None:
            finished = True
        else:
            batch.append(item)
        if len(batch) == 4 or (finished and batch):
            for fut in cf.as_completed(batch, timeout=5):
                try:
                    out["ok"].append(fut.result()[0])
                except ValueError as e:
                    out["bad"].append(str(e))
            batch = []


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    path = os.path.join(tempfile.mkdtemp(), "numbers.log")
    with open(path, "w") as f:
        f.write("\n".join(["3", "8", "5", "x12", "7", "1", "9", "4", "6"]) + "\n")
    out = {"ok": [], "bad": []}
    futs = queue.Queue()
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        threads = [threading.Thread(target=reader, args=(path, pool, futs), name="reader"),
                   threading.Thread(target=collector, args=(futs, out), name="collector")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print("scored:", sorted(out["ok"]))
    print("bad lines:", out["bad"])
