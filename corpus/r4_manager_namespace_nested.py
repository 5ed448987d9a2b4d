"""A Manager Namespace counter raced by two processes; a plain list inside a dict proxy vs a nested list proxy."""
import multiprocessing as mp
import sys


def bump(ns, d, n):
    for _ in range(n):
        ns.count += 1                    # get, add, set: two proxy calls, not atomic
    d["plain"].append(1)                 # appends to a copy: lost
    d["nested"].append(1)                # a nested proxy: kept


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        ns = m.Namespace(count=0)
        d = m.dict(plain=[], nested=m.list())
        ps = [mp.Process(target=bump, args=(ns, d, 200)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("count at most 400:", ns.count <= 400)
        print("plain", d["plain"], "nested", list(d["nested"]))
