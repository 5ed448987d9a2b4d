"""An importer class keeps its sqlite3 connection on self and hands self.parse (a bound method)
to Pool.map from inside its own run() method. Pickling the bound method pickles self, and with it
the connection: map() raises TypeError in the parent. The fixed version maps a module-level
function and lets the parent alone write to the database."""
import multiprocessing as mp
import sqlite3
import sys

LINES = [f"{i},item{i},{i * 3}" for i in range(8)]


def parse_line(line):
    ident, name, qty = line.split(",")
    return int(ident), name.upper(), int(qty)


class Importer:
    def __init__(self, ctx):
        self.ctx = ctx
        self.db = sqlite3.connect(":memory:")
        self.db.execute("create table items (id integer, name text, qty integer)")

    def parse(self, line):
        return parse_line(line)

    def run_with_method(self):
        with self.ctx.Pool(2) as pool:
            rows = pool.map(self.parse, LINES)      # self (and self.db) goes with every task
        self.db.executemany("insert into items values (?, ?, ?)", rows)

    def run_with_function(self):
        with self.ctx.Pool(2) as pool:
            rows = pool.map(parse_line, LINES, chunksize=4)
        self.db.executemany("insert into items values (?, ?, ?)", rows)
        return self.db.execute("select count(*), sum(qty) from items").fetchone()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    imp = Importer(ctx)
    try:
        imp.run_with_method()
    except Exception as exc:
        print(f"bound method: {type(exc).__name__}: {exc}")
    count, total = imp.run_with_function()
    print(f"module function: {count} rows, qty total {total}")
