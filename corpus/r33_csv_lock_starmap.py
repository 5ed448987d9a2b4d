"""Workers append rows to one CSV file under a Lock. First try: the Lock goes to the workers as a
starmap() argument, and every task fails (RuntimeError: Lock objects should only be shared
between processes through inheritance). The fix: the Lock through the Pool's initializer."""
import csv
import multiprocessing as mp
import os
import sys
import tempfile

lock = None


def write_row(path, row, the_lock):
    with the_lock:
        with open(path, "a", newline="") as f:
            csv.writer(f).writerow(row)
    return row[0]


def init(the_lock):
    global lock
    lock = the_lock


def write_row_global(path, row):
    with lock:
        with open(path, "a", newline="") as f:
            csv.writer(f).writerow(row)
    return row[0]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    path = os.path.join(tempfile.mkdtemp(), "out.csv")
    rows = [(i, i * i, f"name{i}") for i in range(8)]
    the_lock = ctx.Lock()
    with ctx.Pool(3) as pool:
        try:
            pool.starmap(write_row, [(path, r, the_lock) for r in rows])
        except RuntimeError as e:
            print("starmap failed:", e)
    with ctx.Pool(3, initializer=init, initargs=(the_lock,)) as pool:
        done = pool.starmap(write_row_global, [(path, r) for r in rows])
    with open(path, newline="") as f:
        print(f"{len(list(csv.reader(f)))} rows in the file; tasks returned {sorted(done)}")
