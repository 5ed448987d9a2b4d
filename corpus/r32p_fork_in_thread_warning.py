"""A nightly exporter: a heartbeat thread logs progress while the script forks a helper with os.fork() to
compress the export, then runs the upload in a multiprocessing.Process. On 3.12+ os.fork() in a process that
has threads prints a DeprecationWarning ("This process ... is multi-threaded, use of fork() may lead to
deadlocks in the child"); 3.11 says nothing. The script must behave the same on 3.11, 3.12 and 3.13."""
import multiprocessing as mp
import os
import sys
import threading
import time

stop = threading.Event()

def heartbeat():
    n = 0
    while not stop.wait(0.05):
        n += 1
    print("heartbeat stopped; it beat while the helpers ran:", n > 0, flush=True)

def upload(path):
    print(f"uploading {path} in pid-child", flush=True)
    return 0

if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    print(f"python {sys.version_info.major}.{sys.version_info.minor}", flush=True)
    t = threading.Thread(target=heartbeat, name="heartbeat")
    t.start()
    time.sleep(0.12)
    pid = os.fork()
    if pid == 0:
        print("compressing export in the forked helper", flush=True)
        os._exit(7)
    _, status = os.waitpid(pid, 0)
    print("helper exit status", os.waitstatus_to_exitcode(status), flush=True)
    p = ctx.Process(target=upload, args=("export.tar.gz",), name="uploader")
    p.start()
    p.join()
    print("uploader exitcode", p.exitcode, flush=True)
    stop.set()
    t.join()
