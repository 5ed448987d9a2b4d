"""A service with a janitor: a daemon process deletes spool files older than 0.3 s every 0.1 s while
the main program writes jobs into the spool. An atexit handler in the parent reports what is left
and removes the spool directory; the daemon is ended when the main program exits."""
import atexit
import multiprocessing as mp
import os
import sys
import tempfile
import time


def janitor(spool):
    while True:
        now = time.time()
        for name in os.listdir(spool):
            path = os.path.join(spool, name)
            try:
                if now - os.path.getmtime(path) > 0.3:
                    os.remove(path)
                    print("janitor removed", name, flush=True)
            except FileNotFoundError:
                pass
        time.sleep(0.1)


def report(spool):
    left = sorted(os.listdir(spool))
    print("at exit:", len(left), "spool file(s) left:", ", ".join(left))
    for name in left:
        os.remove(os.path.join(spool, name))
    os.rmdir(spool)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    spool = tempfile.mkdtemp(prefix="spool-")
    atexit.register(report, spool)
    ctx.Process(target=janitor, args=(spool,), name="janitor", daemon=True).start()
    for n in range(6):
        with open(os.path.join(spool, f"job{n}.tmp"), "w") as f:
            f.write("x" * n)
        time.sleep(0.15)
    print("main done after 6 jobs")
