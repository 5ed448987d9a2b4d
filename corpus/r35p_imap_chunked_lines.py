"""Sum the amounts of a CSV-like text file with Pool.imap over its lines, chunksize=8:
results come back in file order, so a bad line's number is reported where it is."""
import multiprocessing as mp
import os
import sys
import tempfile


def parse(numbered):
    number, line = numbered
    name, _, amount = line.rstrip("\n").partition(",")
    try:
        return number, name, float(amount)
    except ValueError:
        return number, name, None


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    fd, path = tempfile.mkstemp(prefix="r35p-sales-", suffix=".csv")
    with os.fdopen(fd, "w") as f:
        for i in range(40):
            f.write(f"shop{i % 4},{'n/a' if i in (9, 30) else i * 1.5}\n")
    totals, bad = {}, []
    with open(path) as f, ctx.Pool(3) as pool:
        for number, name, amount in pool.imap(parse, enumerate(f, 1), chunksize=8):
            if amount is None:
                bad.append(number)
                continue
            totals[name] = totals.get(name, 0.0) + amount
    os.unlink(path)
    for name in sorted(totals):
        print(f"{name}: {totals[name]:.1f}")
    print("bad lines:", bad)
