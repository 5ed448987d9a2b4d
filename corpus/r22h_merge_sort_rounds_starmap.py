"""A parallel merge sort in rounds: Pool.map sorts four slices, then each round merges pairs with Pool.starmap
(4 runs -> 2 -> 1). The sorted list is checked against sorted()."""
import multiprocessing as mp
import random
import sys


def sort_slice(xs):
    return sorted(xs)


def merge(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    rng = random.Random(5)
    data = [rng.randrange(10000) for _ in range(4000)]
    size = len(data) // 4
    with ctx.Pool(2) as pool:
        runs = pool.map(sort_slice, [data[i:i + size] for i in range(0, len(data), size)])
        rnd = 0
        while len(runs) > 1:
            rnd += 1
            runs = pool.starmap(merge, [(runs[i], runs[i + 1]) for i in range(0, len(runs), 2)])
            print("round", rnd, "runs:", len(runs), "lengths:", [len(r) for r in runs], flush=True)
    print("sorted ok:", runs[0] == sorted(data), "first:", runs[0][:3], flush=True)


if __name__ == "__main__":
    main()
