"""`d['n'] += 1` through a Manager dict from three processes: a get and a set, two round trips. Updates get lost."""
import multiprocessing as mp
import os
import sys


def bump(d, n):
    for _ in range(n):
        d["n"] += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    mp.current_process().authkey = os.urandom(32)
    with mp.Manager() as m:
        d = m.dict(n=0)
        ps = [mp.Process(target=bump, args=(d, 40)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("expected", 120, "got", d["n"])
