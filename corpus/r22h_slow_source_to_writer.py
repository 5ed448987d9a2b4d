"""A pool fed from a slow generator (each item takes 0.1 s to produce) through imap_unordered; the main loop puts each
result on a Queue read by one writer Process, which appends lines to a file until the None sentinel and reports how
many it wrote."""
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import time


def slow_source(n):
    for i in range(n):
        time.sleep(0.1)
        yield i


def square(i):
    return i, i * i


def writer(q, path):
    count = 0
    with open(path, "w") as f:
        while True:
            item = q.get()
            if item is None:
                break
            f.write("%d %d\n" % item)
            count += 1
    print("writer wrote", count, "lines", flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    top = tempfile.mkdtemp(prefix="r22h_writer_")
    try:
        path = os.path.join(top, "out.txt")
        q = ctx.Queue()
        w = ctx.Process(target=writer, args=(q, path), name="writer")
        w.start()
        with ctx.Pool(2) as pool:
            for item in pool.imap_unordered(square, slow_source(8)):
                q.put(item)
        q.put(None)
        w.join()
        with open(path) as f:
            lines = f.read().splitlines()
        print("file has", len(lines), "lines; last square", max(int(l.split()[1]) for l in lines), flush=True)
    finally:
        shutil.rmtree(top)


if __name__ == "__main__":
    main()
