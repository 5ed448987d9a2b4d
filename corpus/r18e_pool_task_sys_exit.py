"""A learner "bails out" of a Pool task: one task calls sys.exit(3), another raises KeyboardInterrupt
itself (no Ctrl-C). Neither is an Exception, so the worker's loop does not catch them: the worker
process ends (exit codes 3 and 1), the Pool starts a replacement, and the task's result never comes:
get(timeout=2) raises TimeoutError. An ordinary task after them runs on a new worker."""
import multiprocessing as mp
import sys


def job(kind):
    if kind == "exit":
        sys.exit(3)
    if kind == "interrupt":
        raise KeyboardInterrupt("stop here")
    return kind.upper()


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        for kind in ("exit", "interrupt", "fine"):
            res = pool.apply_async(job, (kind,))
            try:
                print(kind, "->", res.get(timeout=2), flush=True)
            except mp.TimeoutError:
                print(kind, "-> no result after 2 s (TimeoutError)", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
