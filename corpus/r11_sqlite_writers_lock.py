"""Several Pool workers write rows into one SQLite file. Each worker opens its own connection in the
Pool's initializer (a global, as tutorials show) and serialises writes with a Lock given through initargs."""
import multiprocessing as mp
import os
import sqlite3
import sys
import tempfile
import time

conn = None
lock = None


def init(path, the_lock):
    global conn, lock
    conn = sqlite3.connect(path, timeout=5)
    lock = the_lock


def save(n):
    time.sleep(0.02)            # the "work"
    with lock:
        conn.execute("INSERT INTO results VALUES (?, ?, ?)", (n, n * n, os.getpid()))
        conn.commit()
    return n


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    path = os.path.join(tempfile.mkdtemp(), "results.db")
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE results (n INTEGER, square INTEGER, pid INTEGER)")
    with mp.Pool(3, initializer=init, initargs=(path, mp.Lock())) as pool:
        done = pool.map(save, range(12))
    db = sqlite3.connect(path)
    rows, pids = db.execute("SELECT COUNT(*), COUNT(DISTINCT pid) FROM results").fetchone()
    print(f"{len(done)} tasks, {rows} rows written by {pids} processes")
    db.close()
    os.remove(path)
    os.rmdir(os.path.dirname(path))
