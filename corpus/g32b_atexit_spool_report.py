"""A spool service: the program registers an atexit report before it starts a daemon flusher, and a second handler
(a bound method) after; one handler is unregistered again. At exit Python runs the handlers last-registered first:
the closer, then multiprocessing's _exit_function (imported with the first start(): it terminates the daemon), then
the report, which finds what the flusher left."""
import atexit
import multiprocessing as mp
import os
import sys
import tempfile
import time


def flusher(spool):
    while True:
        for name in sorted(os.listdir(spool)):
            if name.endswith(".done"):
                os.remove(os.path.join(spool, name))
                print("flusher removed", name, flush=True)
        time.sleep(0.05)


def report(spool):
    left = sorted(os.listdir(spool))
    print("report:", len(left), "file(s) left:", ", ".join(left) or "none", flush=True)
    for name in left:
        os.remove(os.path.join(spool, name))
    os.rmdir(spool)


def never():
    print("never printed: unregistered")


class Ledger:
    def __init__(self):
        self.jobs = 0

    def close(self):
        print("ledger closed after", self.jobs, "jobs", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    spool = tempfile.mkdtemp(prefix="g32b-spool-")
    atexit.register(report, spool)
    atexit.register(never)
    ctx.Process(target=flusher, args=(spool,), name="flusher", daemon=True).start()
    ledger = Ledger()
    atexit.register(ledger.close)
    atexit.unregister(never)
    for n in range(3):
        with open(os.path.join(spool, f"job{n}.done"), "w") as f:
            f.write("ok")
        ledger.jobs += 1
        time.sleep(0.4)
    with open(os.path.join(spool, "job3.pending"), "w") as f:
        f.write("half")
    ledger.jobs += 1
    print("main done", flush=True)
