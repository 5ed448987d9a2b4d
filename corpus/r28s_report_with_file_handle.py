"""A worker reports its result as a dict that still holds the open log file. Queue.put() returns at
once; the feeder thread prints the pickling error; the parent's get(timeout=2) raises queue.Empty.
The second report, holding the path, arrives."""
import multiprocessing as mp
import os
import queue
import sys
import tempfile
import time


def worker(reports, path):
    log = open(path, "w")
    log.write("processed 10 records\n")
    reports.put({"status": "done", "count": 10, "log": log})   # the file object cannot be pickled
    print("worker: first report put() returned", flush=True)
    reports.put({"status": "done", "count": 10, "log": path})
    print("worker: second report put() returned", flush=True)
    time.sleep(0.5)                      # let the feeder pickle both before the file closes and we exit
    log.close()


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    path = os.path.join(tempfile.mkdtemp(), "worker.log")
    reports = mp.Queue()
    p = mp.Process(target=worker, args=(reports, path), name="reporter")
    p.start()
    for attempt in (1, 2):
        try:
            report = reports.get(timeout=2)
            print(f"main: attempt {attempt}: report {report}")
        except queue.Empty:
            print(f"main: attempt {attempt}: no report within 2 s (queue.Empty)")
    p.join()
    print(f"main: reporter exitcode {p.exitcode}")
    os.remove(path)
    os.rmdir(os.path.dirname(path))


if __name__ == "__main__":
    main()
