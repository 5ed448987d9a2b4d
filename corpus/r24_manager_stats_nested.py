"""A learner counts words per category in a Manager dict of dicts from Pool workers.

Asked as: "my Manager dict stays at zero" (stats[cat]["n"] += 1 changes a copy), then "now the counts
are too low" (the read-change-store fix without a lock loses updates), then the fix under a Manager Lock."""
import multiprocessing as mp
import sys

WORDS = ["apple", "bus", "cherry", "car", "banana", "train"] * 4
KIND = {"apple": "fruit", "cherry": "fruit", "banana": "fruit", "bus": "vehicle", "car": "vehicle", "train": "vehicle"}


def count_in_place(stats, word):
    stats[KIND[word]]["n"] += 1


def count_copy_back(stats, word):
    entry = stats[KIND[word]]
    entry["n"] += 1
    for _ in range(2000):
        pass
    stats[KIND[word]] = entry


def count_locked(stats, lock, word):
    with lock:
        count_copy_back(stats, word)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as m:
        lock = m.Lock()
        with ctx.Pool(3) as pool:
            for name, fn, extra in (("in place", count_in_place, ()), ("copy back", count_copy_back, ()),
                                    ("locked", count_locked, (lock,))):
                stats = m.dict({"fruit": {"n": 0}, "vehicle": {"n": 0}})
                pool.starmap(fn, [(stats,) + extra + (w,) for w in WORDS], chunksize=1)
                total = stats["fruit"]["n"] + stats["vehicle"]["n"]
                print("%-9s: fruit %2d vehicle %2d (want 12 and 12)%s" % (
                    name, stats["fruit"]["n"], stats["vehicle"]["n"], "" if total == 24 else " LOST %d" % (24 - total)))
