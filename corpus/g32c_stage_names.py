"""A staged job runner: each worker process names itself after the stage it is in (load, parse, save), its progress
thread is renamed at each stage too, and a small "vendored" helper library (installed under a site-packages directory
at run time) names the heartbeat thread it runs (gaps 32C: a thread or process renamed several times; a rename done by
a library)."""
import multiprocessing as mp
import os
import sys
import tempfile
import threading
import time

HELPER = '''import threading, time
def heartbeat(label, stop):
    threading.current_thread().name = "heartbeat " + label
    while not stop.wait(0.05):
        pass
'''


def stage(job, name, progress):
    mp.current_process().name = f"{job}:{name}"
    progress.name = f"progress {job} {name}"
    time.sleep(0.05)


def run_job(job, out):
    stop = threading.Event()
    progress = threading.Thread(target=stop.wait, daemon=True)
    progress.start()
    for name in ("load", "parse", "save"):
        stage(job, name, progress)
    stop.set()
    progress.join()
    out.put((job, mp.current_process().name, progress.name))


def install_helper():
    where = os.path.join(tempfile.mkdtemp(prefix="g32c-"), "site-packages")
    os.mkdir(where)
    with open(os.path.join(where, "beatlib.py"), "w") as f:
        f.write(HELPER)
    sys.path.insert(0, where)
    import beatlib
    return beatlib


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    beatlib = install_helper()
    stop = threading.Event()
    beat = threading.Thread(target=beatlib.heartbeat, args=("main", stop))
    beat.start()
    out = ctx.Queue()
    jobs = [ctx.Process(target=run_job, args=(f"job{i}", out)) for i in range(2)]
    for p in jobs:
        p.start()
    for _ in jobs:
        print("done", out.get())
    for p in jobs:
        p.join()
    stop.set()
    beat.join()
    print("heartbeat was", beat.name, "exit codes", [p.exitcode for p in jobs])
