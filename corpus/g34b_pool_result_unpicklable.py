"""Workers open a database each and hand back what they made: one returns the sqlite3 connection itself, one raises an
error class defined inside the function. Neither can be pickled back, so the parent gets MaybeEncodingError; the row
says why the worker's pickle failed (gaps 34B: the reason was in no event, only "could not pickle")."""
import multiprocessing as mp
import sqlite3


def open_db(name):
    conn = sqlite3.connect(":memory:")
    conn.execute("create table t (x)")
    return conn                      # a connection cannot be pickled


def check_db(name):
    class SchemaError(Exception):    # a class made inside the function: its instances cannot be pickled by name
        pass
    raise SchemaError(f"{name}: no table")


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for fn in (open_db, check_db):
            try:
                pool.apply(fn, ("orders",))
            except Exception as e:
                print(fn.__name__, "->", type(e).__name__, flush=True)
