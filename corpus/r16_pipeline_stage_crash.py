"""A three-stage pipeline of Processes joined by Queues with None sentinels: read -> square (slow) -> write.
The learner's square stage raises on a bad record, so it never forwards the sentinel; the writer waits in
get() for ever. The parent joins each stage with a timeout and terminates what is left."""
import multiprocessing as mp
import sys
import time


def reader(out_q):
    for rec in ["1", "2", "x", "4"]:
        out_q.put(rec)
    out_q.put(None)


def squarer(in_q, out_q):
    while True:
        rec = in_q.get()
        if rec is None:
            out_q.put(None)
            break
        time.sleep(0.1)
        out_q.put(int(rec) ** 2)


def writer(in_q):
    total = 0
    while True:
        item = in_q.get()
        if item is None:
            break
        total += item
        print("writer got", item, flush=True)
    print("writer total", total, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q1, q2 = mp.Queue(), mp.Queue()
    stages = [mp.Process(target=reader, args=(q1,), name="reader"),
              mp.Process(target=squarer, args=(q1, q2), name="squarer"),
              mp.Process(target=writer, args=(q2,), name="writer")]
    for s in stages:
        s.start()
    for s in stages:
        s.join(timeout=2)
        if s.is_alive():
            print(s.name, "still running; terminating", flush=True)
            s.terminate()
            s.join()
    print("exit codes", [(s.name, s.exitcode) for s in stages], flush=True)
