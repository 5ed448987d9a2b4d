"""Chunked file processing as in blog posts: the parent writes a file of numbered lines, cuts it into
three byte ranges, and a Pool's starmap() counts the lines of each range. Each worker seeks to one byte
before its start and skips to the next line start (the previous chunk reads past its end to finish it), so every
line is counted once; a second pass without that skip counts lines twice."""
import multiprocessing as mp
import os
import sys
import tempfile


def count_lines(path, start, end, skip_partial):
    n = 0
    with open(path, "rb") as f:
        if start and skip_partial:
            f.seek(start - 1)
            f.readline()
        else:
            f.seek(start)
        while f.tell() < end:
            line = f.readline()
            if not line:
                break
            n += 1
    return n


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    path = os.path.join(tempfile.mkdtemp(), "data.txt")
    with open(path, "w") as f:
        for k in range(100):
            f.write("line %d %s\n" % (k, "x" * (k % 7)))
    size = os.path.getsize(path)
    bounds = [(size * i // 3, size * (i + 1) // 3) for i in range(3)]
    with mp.Pool(3) as pool:
        for skip in (True, False):
            counts = pool.starmap(count_lines, [(path, s, e, skip) for s, e in bounds])
            print("skip_partial=%s: counts %s, total %d of 100" % (skip, counts, sum(counts)), flush=True)
