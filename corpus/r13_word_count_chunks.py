"""A small real-world script: count words in a text file in parallel. The parent writes a sample file,
reads its lines, splits them into chunks of 50 lines, and uses Pool.imap_unordered to count words per
chunk (a collections.Counter each), printing progress as chunks finish, then merges the Counters with
sum(). The parallel total is checked against a serial count."""
import collections
import multiprocessing as mp
import os
import sys
import tempfile

WORDS = "alpha beta gamma delta alpha beta alpha epsilon".split()


def count_chunk(lines):
    c = collections.Counter()
    for line in lines:
        c.update(line.lower().split())
    return c


def make_file(path, n):
    with open(path, "w") as f:
        for i in range(n):
            f.write(" ".join(WORDS[(i + k) % len(WORDS)] for k in range(i % 7 + 1)) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    path = os.path.join(tempfile.gettempdir(), "r13_words_%d.txt" % os.getpid())
    make_file(path, 420)
    with open(path) as f:
        lines = f.readlines()
    chunks = [lines[i:i + 50] for i in range(0, len(lines), 50)]
    total = collections.Counter()
    with mp.Pool(2) as pool:
        for done, c in enumerate(pool.imap_unordered(count_chunk, chunks), 1):
            total += c
            print("\rchunks %d/%d" % (done, len(chunks)), end="", flush=True)
    print()
    os.remove(path)
    print("top 3:", total.most_common(3), flush=True)
    print("same as serial:", total == count_chunk(lines), flush=True)
