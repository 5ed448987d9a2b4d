"""Scores lines of a small CSV export with Pool.imap, reading the rows lazily with a generator.

Row 5 has a broken number: the generator raises ValueError while the pool is still taking rows from it.
The learner expected the bad row to be skipped; imap() hands the error to the loop instead.
"""
import multiprocessing as mp
import sys

CSV = """id,price,qty
1,2.50,4
2,1.20,10
3,9.99,1
4,0.35,40
5,1,2O
6,4.00,3
"""


def rows(text):
    for line in text.strip().splitlines()[1:]:
        ident, price, qty = line.split(",")
        yield int(ident), float(price), int(qty)   # "2O" (letter O) raises here


def total(row):
    ident, price, qty = row
    return ident, round(price * qty, 2)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    done = []
    with ctx.Pool(2) as pool:
        try:
            for ident, value in pool.imap(total, rows(CSV)):
                print(f"row {ident}: {value}")
                done.append(ident)
        except ValueError as exc:
            print(f"stopped after {len(done)} rows: {exc}")
    print("rows scored:", done)
    sys.exit(0 if len(done) == 6 else 1)
