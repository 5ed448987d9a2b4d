"""A Manager dict of lists filled by Pool workers: d["plain"].append(x) appends to a copy that the proxy
returned, so nothing is kept; d["proxied"] holds a Manager list proxy, whose append() goes to the manager and is
kept; d["reassigned"] = d["reassigned"] + [x] under a Manager Lock keeps every item."""
import multiprocessing as mp
import sys


def add(d, lock, x):
    d["plain"].append(x)
    d["proxied"].append(x)
    with lock:
        d["reassigned"] = d["reassigned"] + [x]


def main(ctx):
    with ctx.Manager() as m:
        d = m.dict(plain=[], proxied=m.list(), reassigned=[])
        lock = m.Lock()
        with ctx.Pool(2) as pool:
            pool.starmap(add, [(d, lock, x) for x in range(4)])
        print("plain:", d["plain"], flush=True)
        print("proxied:", sorted(d["proxied"]), flush=True)
        print("reassigned:", sorted(d["reassigned"]), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
