"""Two stages joined by a Condition, then an Event that lets workers go together, as tutorials
show both: stage 1 does its work and notify_all()s; two stage-2 processes wait on the Condition.
Then three workers wait on an Event the main process sets after a pause, and a Namespace
collects what each one saw."""
import multiprocessing
import sys
import time


def stage_1(cond):
    name = multiprocessing.current_process().name
    print("Starting", name, flush=True)
    with cond:
        time.sleep(0.3)
        print(name, "done and ready for stage 2", flush=True)
        cond.notify_all()


def stage_2(cond):
    name = multiprocessing.current_process().name
    print("Starting", name, flush=True)
    with cond:
        cond.wait()
        print(name, "running", flush=True)


def racer(start, ns, lock, i):
    start.wait()
    with lock:
        ns.finished = ns.finished + [i]
    print("racer", i, "went", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    condition = multiprocessing.Condition()
    s1 = multiprocessing.Process(name="s1", target=stage_1, args=(condition,))
    s2 = [multiprocessing.Process(name=f"stage_2[{i}]", target=stage_2, args=(condition,)) for i in range(1, 3)]
    for c in s2:
        c.start()
        time.sleep(0.5)
    s1.start()
    s1.join()
    for c in s2:
        c.join()

    manager = multiprocessing.Manager()
    ns = manager.Namespace()
    ns.finished = []
    lock = manager.Lock()
    go = multiprocessing.Event()
    racers = [multiprocessing.Process(target=racer, args=(go, ns, lock, i)) for i in range(3)]
    for r in racers:
        r.start()
    time.sleep(0.5)
    print("ready... go!", flush=True)
    go.set()
    for r in racers:
        r.join()
    print("finished:", sorted(ns.finished))
    manager.shutdown()
