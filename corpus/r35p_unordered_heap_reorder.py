"""Compress records in a Pool with imap_unordered (the fast ones come back first), and write
them to the output in sequence order with a heap: a record is written only when every record
before it has been written."""
import heapq
import multiprocessing as mp
import sys
import time
import zlib


def compress(job):
    seq, text = job
    time.sleep(0.05 if seq % 3 == 0 else 0.01)
    return seq, len(zlib.compress(text.encode()))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    jobs = [(seq, f"record {seq} " * (seq + 1)) for seq in range(9)]
    heap, next_seq, arrival, written = [], 0, [], []
    with ctx.Pool(3) as pool:
        for seq, size in pool.imap_unordered(compress, jobs):
            arrival.append(seq)
            heapq.heappush(heap, (seq, size))
            while heap and heap[0][0] == next_seq:
                written.append(heapq.heappop(heap))
                next_seq += 1
    print("arrival order sorted equals written order:", sorted(arrival) == [s for s, _ in written])
    for seq, size in written:
        print(f"record {seq}: {size} bytes")
    print("left in heap:", len(heap))
