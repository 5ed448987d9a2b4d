"""Word counts over a folder of text files: one Pool task per file with imap_unordered, each task
returns a collections.Counter, the parent merges them and rewrites a progress line per finished file."""
import collections
import multiprocessing as mp
import os
import sys
import tempfile

WORDS = "alpha beta gamma delta alpha beta alpha queue lock pipe".split()


def make_files(folder, count):
    paths = []
    for i in range(count):
        path = os.path.join(folder, f"part{i:02d}.txt")
        with open(path, "w") as f:
            for line in range(40 + 15 * i):
                f.write(" ".join(WORDS[(line + k + i) % len(WORDS)] for k in range(6)) + "\n")
        paths.append(path)
    return paths


def count_words(path):
    counts = collections.Counter()
    with open(path) as f:
        for line in f:
            counts.update(line.split())
    return os.path.basename(path), counts


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with tempfile.TemporaryDirectory() as folder:
        paths = make_files(folder, 6)
        total = collections.Counter()
        with ctx.Pool(3) as pool:
            for done, (name, counts) in enumerate(pool.imap_unordered(count_words, paths), 1):
                total += counts
                print(f"\r[{done}/{len(paths)}] {name}: {sum(counts.values())} words", end="", flush=True)
        print()
    for word, n in total.most_common(4):
        print(f"{word:>6} {n}")
    print("all words:", sum(total.values()))
