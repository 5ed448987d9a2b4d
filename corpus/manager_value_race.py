"""`v.value += 1` on a Manager Value and `items[0] += 1` on a Manager list from two processes: each is a read
round trip and a write round trip to the manager's server, so updates get lost."""
import multiprocessing as mp
import os
import sys


def bump(v, items, n):
    for _ in range(n):
        v.value += 1
        items[0] += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    mp.current_process().authkey = os.urandom(32)
    with mp.Manager() as m:
        v, items = m.Value("i", 0), m.list([0])
        ps = [mp.Process(target=bump, args=(v, items, 60)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("expected", 120, "got", v.value, "and", items[0])
