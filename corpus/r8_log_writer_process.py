"""Log aggregation: three workers send log lines through one Queue to a single writer process that owns the file."""
import os
import sys
import tempfile
import time
import multiprocessing as mp


def writer(q, path):
    with open(path, "w") as f:
        for line in iter(q.get, None):          # None is the sentinel
            f.write(line + "\n")
    print("writer closed the log", flush=True)


def worker(q, wid):
    for step in range(3):
        time.sleep(0.05 * (wid + 1))
        q.put(f"worker {wid} step {step} pid {os.getpid() > 0}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    path = os.path.join(tempfile.mkdtemp(), "app.log")
    q = mp.Queue()
    w = mp.Process(target=writer, args=(q, path), name="LogWriter")
    w.start()
    workers = [mp.Process(target=worker, args=(q, i)) for i in range(3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    q.put(None)
    w.join()
    with open(path) as f:
        lines = f.read().splitlines()
    print(len(lines), "lines logged;", sum("worker 2" in l for l in lines), "from worker 2")
