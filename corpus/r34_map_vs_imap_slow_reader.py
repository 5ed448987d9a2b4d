"""Lines come from a slow reader (a generator that sleeps 0.05 s per line, like a network
stream). Pool.map() turns the generator into a list before sending any task, so nothing is
printed until every line has been read. imap(chunksize=3) sends chunks as the reader yields
them, so the first results are printed while it is still reading."""
import multiprocessing as mp
import sys
import time


def slow_lines(n, tag):
    for i in range(n):
        time.sleep(0.05)
        print(f"  {tag} read line {i}", flush=True)
        yield f"record-{i}"


def handle(line):
    return line.replace("record", "done")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        print("map(chunksize=3):", flush=True)
        for r in pool.map(handle, slow_lines(9, "map"), chunksize=3):
            print(f"  got {r}", flush=True)
        print("imap(chunksize=3):", flush=True)
        for r in pool.imap(handle, slow_lines(9, "imap"), chunksize=3):
            print(f"  got {r}", flush=True)
