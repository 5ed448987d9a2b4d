"""Word count map-reduce: Pool.imap_unordered over lines, each worker adds its words straight into a
Manager dict with d[w] = d.get(w, 0) + 1 (two calls to the manager, nothing held between them), so counts
go missing; the fix returns a Counter per line and the parent reduces."""
import collections
import multiprocessing as mp
import sys

LINES = ["the cat and the hat", "the dog and the cat", "a cat a dog the end"] * 4
counts = None


def init(d):
    global counts
    counts = d


def count_into_dict(line):
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
    return len(line.split())


def count_line(line):
    return collections.Counter(line.split())


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    truth = collections.Counter(w for line in LINES for w in line.split())
    with mp.Manager() as m:
        d = m.dict()
        with mp.Pool(2, initializer=init, initargs=(d,)) as pool:
            n = sum(pool.imap_unordered(count_into_dict, LINES))
        shared = dict(d)
        print("words seen", n, "shared 'the' =", shared.get("the"), "true", truth["the"], flush=True)
        print("shared dict exact:", shared == dict(truth), flush=True)
    with mp.Pool(2) as pool:
        total = collections.Counter()
        for c in pool.imap_unordered(count_line, LINES, chunksize=3):
            total.update(c)
    print("reduced in parent exact:", total == truth, total.most_common(2), flush=True)
