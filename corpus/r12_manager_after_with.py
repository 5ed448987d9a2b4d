"""Proxies used after `with Manager() as m:` has ended: leaving the block shuts the manager's server
process down, so a later call on a proxy cannot reach it (a connection error in the caller). Reading
a plain copy made inside the block (list(shared)) still works."""
import multiprocessing as mp
import sys


def fill(shared, i):
    shared.append(i * i)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        shared = m.list()
        procs = [mp.Process(target=fill, args=(shared, i)) for i in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        copy = sorted(list(shared))
    print("copy made inside:", copy, flush=True)
    try:
        print(len(shared))
    except Exception as e:
        print("proxy after the block:", type(e).__name__, flush=True)
    print("done")
