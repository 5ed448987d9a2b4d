"""A Pool loads records into a fake database; a failed insert raises DBError, which keeps the connection.

The connection holds a threading.Lock, so the worker cannot pickle the DBError to send it back: map() raises
MaybeEncodingError, which the learner's `except DBError` does not catch. The retry loop one by one with
apply_async() shows which record failed, again as MaybeEncodingError.
"""
import multiprocessing as mp
import sys
import threading


class Connection:
    def __init__(self):
        self.lock = threading.Lock()
        self.rows = []


class DBError(Exception):
    def __init__(self, message, conn):
        super().__init__(message)
        self.conn = conn


def insert(record):
    conn = Connection()
    with conn.lock:
        if record["qty"] < 0:
            raise DBError(f"negative qty for {record['sku']}", conn)
        conn.rows.append(record)
    return record["sku"]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    records = [{"sku": f"A{i}", "qty": q} for i, q in enumerate([3, 1, -2, 5])]
    with ctx.Pool(2) as pool:
        try:
            print("inserted:", pool.map(insert, records))
        except DBError as exc:
            print("database error:", exc)
        except Exception as exc:
            print(f"map() raised {type(exc).__name__}: {str(exc)[:90]}")
        pending = [(r["sku"], pool.apply_async(insert, (r,))) for r in records]
        failed = 0
        for sku, res in pending:
            try:
                print(sku, "ok:", res.get(timeout=10))
            except Exception as exc:
                failed += 1
                print(sku, "failed:", type(exc).__name__)
    sys.exit(3 if failed else 0)
