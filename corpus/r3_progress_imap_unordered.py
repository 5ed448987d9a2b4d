"""A progress bar the way tutorials write it: imap_unordered and print(end='\r')."""
import multiprocessing as mp
import sys
import time


def work(n):
    time.sleep(0.01 * (n % 3))
    return n * n


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    total = 12
    done = 0
    results = []
    with mp.Pool(3) as pool:
        for r in pool.imap_unordered(work, range(total)):
            done += 1
            results.append(r)
            print(f"progress: {done}/{total}", end="\r", flush=True)
    print()
    print("sum", sum(results))
