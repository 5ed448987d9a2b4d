"""Sales 'CSV' made in memory, read with csv.DictReader, split into chunks of 4 rows, each chunk sent
to starmap(total_chunk, [(index, rows), ...]) on Pool(2); the grand total matches a serial sum."""
import csv
import io
import multiprocessing as mp
import sys


def make_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["region", "units", "price"])
    for i in range(10):
        w.writerow([("north", "south")[i % 2], i + 1, f"{2.5 + i:.2f}"])
    return buf.getvalue()


def total_chunk(index, rows):
    amount = sum(int(r["units"]) * float(r["price"]) for r in rows)
    return index, len(rows), round(amount, 2)


if __name__ == "__main__":
    rows = list(csv.DictReader(io.StringIO(make_csv())))
    chunks = [(i // 4, rows[i:i + 4]) for i in range(0, len(rows), 4)]
    with mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None).Pool(2) as pool:
        parts = pool.starmap(total_chunk, chunks)
    for index, count, amount in parts:
        print(f"chunk {index}: {count} rows, {amount}")
    grand = round(sum(p[2] for p in parts), 2)
    print("grand total", grand, "serial", round(sum(int(r["units"]) * float(r["price"]) for r in rows), 2))
