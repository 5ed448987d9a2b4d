"""Each worker puts one big result (a list of 3000 dicts) on a Queue. The parent, unsure why its
script hung before, now calls join(timeout=1) first: the workers are still alive afterwards,
because their feeder threads cannot finish writing into a pipe nobody reads. Draining the queue
lets them exit, and the second join() returns at once."""
import multiprocessing as mp
import sys


def work(wid, q):
    rows = [{"worker": wid, "row": i, "value": i * wid} for i in range(3000)]
    q.put((wid, rows))
    print(f"worker {wid}: put {len(rows)} rows", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    procs = [ctx.Process(target=work, args=(i, q)) for i in range(1, 4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=1)
    alive = sum(p.is_alive() for p in procs)
    print(f"after join(timeout=1): {alive} of {len(procs)} still alive")
    results = dict(q.get() for _ in procs)
    for p in procs:
        p.join()
    print("exit codes:", [p.exitcode for p in procs])
    print("rows per worker:", {w: len(r) for w, r in sorted(results.items())})
