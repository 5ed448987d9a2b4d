"""Sales rows as a CSV export gives them (generated here, in memory), cut into chunks of rows; a Pool
initializer sets a global region table in each worker; map(chunksize=2) sends the chunks; a row with a
bad amount raises ValueError inside the chunk's function, is counted there and the chunk goes on."""
import multiprocessing as mp
import sys

REGIONS = None


def init_lookup(table):
    global REGIONS
    REGIONS = dict(table)


def aggregate(rows):
    totals, bad = {}, []
    for line in rows:
        try:
            store, amount = line.split(",")
            region = REGIONS[store]
            totals[region] = totals.get(region, 0.0) + float(amount)
        except (ValueError, KeyError) as exc:
            bad.append(f"{line!r}: {type(exc).__name__}")
    return totals, bad


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    table = [("s1", "north"), ("s2", "north"), ("s3", "south"), ("s4", "west")]
    rows = [f"s{1 + i % 4},{(i * 13) % 50 + 0.5}" for i in range(200)]
    rows[77] = "s2,12,50"                       # a comma in the amount: unpacking raises ValueError
    chunks = [rows[i:i + 25] for i in range(0, len(rows), 25)]
    with ctx.Pool(2, initializer=init_lookup, initargs=(table,)) as pool:
        results = pool.map(aggregate, chunks, chunksize=2)
    grand, problems = {}, []
    for totals, bad in results:
        for region, value in totals.items():
            grand[region] = grand.get(region, 0.0) + value
        problems.extend(bad)
    for region in sorted(grand):
        print(f"{region:<6} {grand[region]:9.2f}")
    print("chunks:", len(chunks), "bad rows:", problems)
