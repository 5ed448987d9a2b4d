"""Parallel merge sort as a learner writes it: split the list into chunks, sort each chunk with Pool.map,
merge in the parent. First try maps list.sort (it sorts a copy in the worker and returns None), so the
parent gets [None, None, None]; the fix maps sorted and merges with heapq.merge."""
import heapq
import multiprocessing as mp
import random
import sys


def chunks(data, n):
    size = (len(data) + n - 1) // n
    return [data[i:i + size] for i in range(0, len(data), size)]


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    rng = random.Random(7)
    data = [rng.randrange(1000) for _ in range(30)]
    parts = chunks(data, 3)
    with mp.Pool(3) as pool:
        got = pool.map(list.sort, parts)
        print("list.sort results:", got, flush=True)
        print("parent's chunks still unsorted:", parts[0][:5], flush=True)
        try:
            merged = list(heapq.merge(*got))
        except TypeError as e:
            print("merge failed:", e, flush=True)
        got = pool.map(sorted, parts)
        merged = list(heapq.merge(*got))
    print("sorted ok:", merged == sorted(data), merged[:6], flush=True)
