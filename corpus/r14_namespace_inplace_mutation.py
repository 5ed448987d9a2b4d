"""A Manager Namespace used as a shared results board: workers do ns.results.append(x) and
ns.config[key] = value: both change a copy the attribute read returned, so nothing arrives. Then the
reassignment ns.results = ns.results + [x], unlocked (some lost) and under a Manager Lock."""
import multiprocessing as mp
import sys


def lost_inplace(ns, i):
    ns.results.append(i * i)
    ns.config["worker%d" % i] = True


def reassign(ns, i, lock):
    if lock is None:
        ns.results = ns.results + [i * i]
    else:
        with lock:
            ns.results = ns.results + [i * i]


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        ns = m.Namespace()
        ns.results = []
        ns.config = {}
        with mp.Pool(2) as pool:
            pool.starmap(lost_inplace, [(ns, i) for i in range(4)])
            print("in place: results", ns.results, "config", ns.config, flush=True)
            pool.starmap(reassign, [(ns, i, None) for i in range(4)])
            print("reassigned, no lock: %d of 4" % len(ns.results), flush=True)
            ns.results = []
            lock = m.Lock()
            pool.starmap(reassign, [(ns, i, lock) for i in range(4)])
            print("reassigned, locked:", sorted(ns.results), flush=True)
