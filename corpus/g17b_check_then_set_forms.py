"""Three more shapes of check-then-set on a Manager's objects, in two processes that meet at a Barrier before each:
`if cache.get("k", None) is None: cache["k"] = ...` (get() given None as its default: the same test as get("k"));
`if ns.count < 3: ns.count = ns.count + 1` on a Namespace (a test of the value read, which the record does not show);
and `v = cache.setdefault("s", 0)` then `cache["s"] = v + 1` (setdefault tests and sets in one call in the server;
the set after it writes back a value read before)."""
import multiprocessing as mp
import sys
import time


def worker(ns, cache, barrier, who):
    barrier.wait()
    if cache.get("k", None) is None:
        time.sleep(0.3)
        cache["k"] = "k by %s" % who
    barrier.wait()
    if ns.count < 3:
        time.sleep(0.3)
        ns.count = ns.count + 1
    barrier.wait()
    v = cache.setdefault("s", 0)
    time.sleep(0.3)
    cache["s"] = v + 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as m:
        ns, cache, barrier = m.Namespace(count=0), m.dict(), ctx.Barrier(2)
        ps = [ctx.Process(target=worker, args=(ns, cache, barrier, who)) for who in ("A", "B")]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("k:", cache["k"][:6], "| count:", ns.count, "| s:", cache["s"], flush=True)
