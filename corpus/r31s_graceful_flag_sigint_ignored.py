"""Graceful shutdown of a worker farm: each worker installs a SIGTERM handler that only sets a flag
and finishes its current item before leaving. One worker ignores SIGINT. The parent sends SIGINT to
every worker (as a Ctrl-C in the terminal would), then terminate()s the ones still running."""
import multiprocessing as mp
import os
import signal
import sys
import time

stopping = False


def on_term(signum, frame):
    global stopping
    stopping = True


def worker(n, ignore_int, done):
    signal.signal(signal.SIGTERM, on_term)
    if ignore_int:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    done.put((n, "ready", 0))
    items = 0
    try:
        while not stopping:
            time.sleep(0.1)   # one "item"
            items += 1
    except KeyboardInterrupt:
        done.put((n, "interrupted", items))
        sys.exit(130)
    done.put((n, "stopped cleanly", items))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    done = ctx.Queue()
    procs = [ctx.Process(target=worker, args=(n, n == 2, done), name=f"w{n}") for n in range(3)]
    for p in procs:
        p.start()
    for _ in procs:
        done.get(timeout=10)   # every handler is installed
    time.sleep(0.3)
    for p in procs:
        os.kill(p.pid, signal.SIGINT)
    time.sleep(0.3)
    for p in procs:
        if p.is_alive():
            print(f"{p.name} ignored SIGINT; terminate()")
            p.terminate()
    reports = sorted(done.get(timeout=5) for _ in procs)
    for p in procs:
        p.join()
    for n, how, items in reports:
        print(f"w{n}: {how} after {'some' if items else 'no'} items, exit {procs[n].exitcode}")
