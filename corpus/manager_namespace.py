"""A Manager Namespace and Event: a child writes attributes and signals; the parent reads them."""
import multiprocessing as mp
import os
import sys


def child(ns, ev):
    ns.status = "ready"
    ns.count = 3
    ev.set()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    mp.current_process().authkey = os.urandom(32)
    m = mp.Manager()
    ns, ev = m.Namespace(), m.Event()
    p = mp.Process(target=child, args=(ns, ev))
    p.start()
    ev.wait()
    print(ns.status, ns.count)
    p.join()
    m.shutdown()
