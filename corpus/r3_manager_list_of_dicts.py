"""A Manager().list of dicts: mutating a dict read from the list does not change the shared list."""
import multiprocessing as mp
import sys


def worker(shared, i):
    shared.append({"id": i, "done": False})
    d = shared[0]
    d["done"] = True          # changes a local copy only
    shared[i] = {"id": i, "done": True}


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        shared = m.list([{"id": 0, "done": False}, {"id": 1, "done": False}])
        p = mp.Process(target=worker, args=(shared, 1))
        p.start()
        p.join()
        print(list(shared))
