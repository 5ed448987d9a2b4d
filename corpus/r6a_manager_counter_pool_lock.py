"""Word counts in a Manager().dict() from Pool.starmap workers, first without a lock (lost updates), then with a manager Lock."""
import multiprocessing as mp
import sys


def count(d, lock, word):
    for _ in range(20):
        if lock is None:
            d[word] = d.get(word, 0) + 1
        else:
            with lock:
                d[word] = d.get(word, 0) + 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as manager:
        unlocked = manager.dict()
        locked = manager.dict()
        lock = manager.Lock()
        words = ["x", "x", "x", "y"]
        with mp.Pool(2) as pool:
            pool.starmap(count, [(unlocked, None, w) for w in words])
            pool.starmap(count, [(locked, lock, w) for w in words])
        print("unlocked x <= 60:", unlocked["x"] <= 60, "y:", unlocked["y"])
        print("locked", dict(sorted(locked.items())))
