"""A log tailer: one process appends lines to a log file, another follows the file (like tail -f)
and puts the ERROR lines on a Queue. The parent stops both with an Event after three matches,
joins each with a timeout and terminates what is still running."""
import multiprocessing as mp
import os
import sys
import tempfile
import time


def writer(path, stop):
    n = 0
    with open(path, "a") as f:
        while not stop.is_set():
            n += 1
            level = "ERROR" if n % 4 == 0 else "INFO"
            f.write(f"{level} request {n}\n")
            f.flush()
            time.sleep(0.05)


def follower(path, stop, matches):
    with open(path) as f:
        while not stop.is_set():
            line = f.readline()
            if not line:
                time.sleep(0.02)
                continue
            if line.startswith("ERROR"):
                matches.put(line.strip())
    time.sleep(5)   # a slow cleanup that the parent will not wait for


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    path = os.path.join(tempfile.mkdtemp(), "app.log")
    open(path, "w").close()
    stop, matches = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=writer, args=(path, stop), name="writer"),
             ctx.Process(target=follower, args=(path, stop, matches), name="follower")]
    for p in procs:
        p.start()
    for i in range(3):
        print("match:", matches.get(timeout=10))
    stop.set()
    for p in procs:
        p.join(timeout=1)
        if p.is_alive():
            print(f"{p.name} still running, terminating")
            p.terminate()
            p.join()
        print(f"{p.name} exit code {p.exitcode}")
    os.remove(path)
    os.rmdir(os.path.dirname(path))
