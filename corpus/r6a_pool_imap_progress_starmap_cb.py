"""imap with a progress counter printed with end="\r"; then starmap_async with a callback collecting results."""
import multiprocessing as mp
import sys
import time


def work(x):
    time.sleep(0.03)
    return x * x


def power(a, b):
    return a ** b


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    collected = []
    with mp.Pool(processes=2) as pool:
        items = list(range(10))
        out = []
        for i, r in enumerate(pool.imap(work, items, chunksize=2), 1):
            out.append(r)
            print(f"progress {i}/{len(items)}", end="\r", flush=True)
        print()
        res = pool.starmap_async(power, [(2, 3), (3, 2), (4, 2)], callback=collected.extend)
        res.wait()
    print(out[-1], collected)
