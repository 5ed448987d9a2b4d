"""Manager().Namespace, Manager().Barrier(2) and a manager Condition's wait_for(predicate, timeout): a child sets
attributes of the namespace, meets the parent at the barrier, then the parent waits for ns.ready under the
condition; a second wait_for() whose predicate never holds returns False at its timeout."""
import multiprocessing as mp
import sys


def child(ns, barrier, cond):
    ns.count = 3
    barrier.wait()
    with cond:
        ns.ready = True
        cond.notify_all()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        ns = m.Namespace(ready=False)
        barrier = m.Barrier(2)
        cond = m.Condition()
        p = mp.Process(target=child, args=(ns, barrier, cond), name="setter")
        p.start()
        barrier.wait()
        print("after the barrier ns.count =", ns.count, flush=True)
        with cond:
            ok = cond.wait_for(lambda: ns.ready, timeout=3)
            print("wait_for(ready) returned", ok, flush=True)
            never = cond.wait_for(lambda: getattr(ns, "never", False), timeout=0.3)
            print("wait_for(never) returned", never, flush=True)
        p.join()
        print("namespace:", ns, flush=True)
