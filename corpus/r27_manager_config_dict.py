"""Shared config in a Manager Namespace, results in a Manager dict: the parent changes the
config's scale while workers run; each worker reads it per item, so later items see the change."""
import multiprocessing as mp
import sys
import time


def worker(cfg, results, name, items):
    mp.current_process().name = name
    for x in items:
        results[f"{name}:{x}"] = x * cfg.scale
        time.sleep(0.08)
    results[name + ":seen_mode"] = cfg.mode


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as m:
        cfg = m.Namespace(scale=1, mode="draft")
        results = m.dict()
        ps = [ctx.Process(target=worker, args=(cfg, results, f"job{i}", range(i * 3, i * 3 + 3))) for i in range(2)]
        for p in ps:
            p.start()
        time.sleep(0.12)
        cfg.scale = 100
        cfg.mode = "final"
        print("parent set scale=100 mode=final", flush=True)
        for p in ps:
            p.join()
        snap = dict(results)
        print("keys:", len(snap))
        for k in sorted(snap):
            print(" ", k, snap[k])
        print("config now:", cfg.scale, cfg.mode, "names in parent:", [p.name for p in ps])
