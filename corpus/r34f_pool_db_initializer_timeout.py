"""Each Pool worker opens its own sqlite3 connection in the initializer (as the docs suggest for
per-worker resources), but the database path points into a directory that does not exist: every
worker's initializer raises sqlite3.OperationalError, dies, and the pool starts another in its place.
The script waits with get(timeout=3), gets TimeoutError, terminates the pool and exits with a message."""
import multiprocessing as mp
import os
import sqlite3
import sys
import tempfile

conn = None


def open_db(path):
    global conn
    conn = sqlite3.connect(path)
    conn.execute("create table if not exists hits (page text, n int)")


def count_hits(page):
    n = sum(ord(c) for c in page) % 97
    conn.execute("insert into hits values (?, ?)", (page, n))
    conn.commit()
    return page, n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    db = os.path.join(tempfile.gettempdir(), "r34f-no-such-dir", "hits.db")
    pool = ctx.Pool(2, initializer=open_db, initargs=(db,))
    job = pool.map_async(count_hits, ["/", "/about", "/blog", "/contact"])
    try:
        print(job.get(timeout=3))
    except mp.TimeoutError:
        print("no result after 3 s; workers alive now:", len([p for p in pool._pool if p.is_alive()]), flush=True)
        pool.terminate()
        pool.join()
        sys.exit("hit counter failed: see the workers' tracebacks above")
    pool.close()
    pool.join()
