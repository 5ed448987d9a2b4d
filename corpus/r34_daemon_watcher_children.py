"""A watcher process, made daemon=True so it "dies with the parent", starts one converter per file.
start() inside a daemonic process raises AssertionError ("daemonic processes are not allowed to
have children"): the watcher's traceback goes to stderr and it exits 1. The second watcher is not
daemonic, so its converters run; the parent joins it."""
import multiprocessing as mp
import sys
import time

FILES = ["a.txt", "b.txt", "c.txt"]


def convert(name):
    time.sleep(0.1)
    print(f"  converted {name}", flush=True)


def watcher(ctx, label):
    print(f"{label}: daemon={mp.current_process().daemon}", flush=True)
    kids = [ctx.Process(target=convert, args=(f,), name=f"conv-{f}") for f in FILES]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    print(f"{label}: all {len(kids)} converted", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    w = ctx.Process(target=watcher, args=(ctx, "daemon watcher"), daemon=True, name="watcher-1")
    w.start()
    w.join()
    print(f"daemon watcher exitcode: {w.exitcode}")

    w2 = ctx.Process(target=watcher, args=(ctx, "plain watcher"), name="watcher-2")
    w2.start()
    w2.join()
    print(f"plain watcher exitcode: {w2.exitcode}")
