"""Results gathered in a Manager().list(): four workers append (word, length) tuples for their
share of words, one worker appends a dict instead, the parent sorts a copy at the end (the
proxy itself has sort(), but a mix of tuples and a dict cannot be ordered: TypeError caught)."""
import multiprocessing as mp
import sys

WORDS = ["pear", "fig", "banana", "kiwi", "apple", "plum", "cherry", "date"]


def collect(results, share, k):
    for w in share:
        results.append((w, len(w)))
    if k == 3:
        results.append({"worker": k})


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as manager:
        results = manager.list()
        procs = [ctx.Process(target=collect, args=(results, WORDS[k::4], k)) for k in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("appended:", len(results))
        try:
            results.sort()
        except TypeError as e:
            print("sort() in the manager failed:", e)
        rows = sorted(r for r in results if isinstance(r, tuple))
        for word, n in rows:
            print(f"{word:8}{n}")
        print("not a tuple:", [r for r in results if not isinstance(r, tuple)])
