"""imap and imap_unordered given 12 items each; the program breaks out of each loop after 3 results inside a
with-block, so the pool is terminated with items never started and results never read."""
import sys
import time
import multiprocessing as mp


def slow(x):
    time.sleep(0.1)
    return x * 2


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        for i, r in enumerate(pool.imap(slow, range(12))):
            print("imap got", r, flush=True)
            if i == 2:
                break
    with mp.Pool(2) as pool:
        for i, r in enumerate(pool.imap_unordered(slow, range(12), chunksize=2)):
            print("imap_unordered got", r, flush=True)
            if i == 2:
                break
    print("done")
