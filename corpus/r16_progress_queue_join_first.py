"""A progress bar fed by a Queue: each worker puts a tick per step and finally its whole result (a big
list) on the same Queue. The learner joins the workers before reading the queue: a worker whose feeder
thread still has its result to write cannot end, so join(timeout) gives up; draining the queue first
lets them end."""
import multiprocessing as mp
import sys


def worker(wid, q):
    for step in range(5):
        q.put(("tick", wid, step))
    q.put(("result", wid, list(range(50000))))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    ps = [mp.Process(target=worker, args=(w, q), name="w%d" % w) for w in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join(timeout=1.0)
    print("alive after join(timeout=1):", [p.name for p in ps if p.is_alive()], flush=True)
    ticks, results = 0, {}
    while len(results) < 2:
        kind, wid, payload = q.get()
        if kind == "tick":
            ticks += 1
            print("progress %d/10" % ticks, flush=True)
        else:
            results[wid] = len(payload)
    for p in ps:
        p.join()
    print("results", results, "exit codes", [p.exitcode for p in ps], flush=True)
