"""A sqlite3 connection made in the parent before start(), passed to the child: under fork the child uses its
copy of the connection (its insert and commit land in the file, which the parent then reads); under spawn and
forkserver the connection cannot be pickled and start() raises TypeError. A second child opens its own
connection to the same file, the way the sqlite3 docs ask."""
import multiprocessing as mp
import os
import sqlite3
import sys
import tempfile


def use_parents(conn):
    conn.execute("insert into t values ('from the parent''s connection')")
    conn.commit()
    print("child used the inherited connection", flush=True)


def use_own(path):
    conn = sqlite3.connect(path)
    conn.execute("insert into t values ('from its own connection')")
    conn.commit()
    conn.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    path = os.path.join(tempfile.mkdtemp(), "db.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("create table t (who text)")
    conn.commit()
    p = ctx.Process(target=use_parents, args=(conn,), name="inherits")
    try:
        p.start()
        p.join()
        print("inherits exitcode", p.exitcode, flush=True)
    except TypeError as e:
        print("start() raised TypeError:", e, flush=True)
    q = ctx.Process(target=use_own, args=(path,), name="own")
    q.start()
    q.join()
    print("own exitcode", q.exitcode, flush=True)
    print("rows:", sorted(r[0] for r in conn.execute("select who from t")), flush=True)
