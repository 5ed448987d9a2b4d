"""The parent makes a SharedMemory block and a ShareableList and passes only their names to
workers; each worker attaches by name, fills its own slice of a byte histogram and writes its
row count into its slot of the list, then closes. The parent sums, closes and unlinks both."""
import sys
import multiprocessing as mp
from multiprocessing import shared_memory

BINS = 8


def count_bytes(shm_name, list_name, index, data):
    block = shared_memory.SharedMemory(name=shm_name)
    counts = shared_memory.ShareableList(name=list_name)
    try:
        row = bytearray(BINS)
        for b in data:
            row[b % BINS] += 1
        block.buf[index * BINS:(index + 1) * BINS] = row
        counts[index] = len(data)
    finally:
        counts.shm.close()
        block.close()


def main(method):
    ctx = mp.get_context(method)
    chunks = [bytes(range(i, i + 20)) for i in (0, 50, 100)]
    block = shared_memory.SharedMemory(create=True, size=BINS * len(chunks))
    counts = shared_memory.ShareableList([0] * len(chunks))
    try:
        workers = [ctx.Process(target=count_bytes, args=(block.name, counts.shm.name, i, c))
                   for i, c in enumerate(chunks)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        totals = [sum(block.buf[i::BINS]) for i in range(BINS)]
        print("histogram:", totals)
        print("rows per worker:", list(counts))
    finally:
        counts.shm.close()
        counts.shm.unlink()
        block.close()
        block.unlink()
    print("unlinked both")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
