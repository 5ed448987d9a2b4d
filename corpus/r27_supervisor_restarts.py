"""A supervisor loop: it polls active_children() and the result Queue's qsize()/empty(), and
restarts a worker that died with a non-zero exit code once. Workers check parent_process()."""
import multiprocessing as mp
import sys
import time


def worker(q, wid, fail):
    parent = mp.parent_process()
    q.put((wid, "parent alive" if parent.is_alive() else "orphan"))
    time.sleep(0.1 * (wid + 1))
    if fail:
        raise SystemExit(4)
    q.put((wid, "ok"))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    procs = {}
    for wid in range(3):
        procs[wid] = ctx.Process(target=worker, args=(q, wid, wid == 1), name=f"w{wid}")
        procs[wid].start()
    restarted = set()
    got = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        alive = mp.active_children()
        while not q.empty():
            got.append(q.get())
        for wid, p in list(procs.items()):
            if p.exitcode not in (None, 0) and wid not in restarted:
                print(f"{p.name} died with {p.exitcode}; restarting", flush=True)
                restarted.add(wid)
                procs[wid] = ctx.Process(target=worker, args=(q, wid, False), name=f"w{wid}-again")
                procs[wid].start()
        if not alive and all(p.exitcode is not None for p in procs.values()):
            break
        time.sleep(0.05)
    for p in procs.values():
        p.join()
    print("qsize at the end:", q.qsize())
    while not q.empty():
        got.append(q.get())
    print("messages:", sorted(got))
    print("exit codes:", {p.name: p.exitcode for p in procs.values()})
