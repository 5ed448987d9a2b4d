"""Three pools at once, of 1, 2 and 3 workers, each with its own tasks."""
import multiprocessing as mp
import sys
import time


def nap(x):
    time.sleep(0.03)
    return x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pools = [mp.Pool(n) for n in (1, 2, 3)]
    results = [p.map_async(nap, range(3 * (i + 1))) for i, p in enumerate(pools)]
    print([len(r.get()) for r in results])
    for p in pools:
        p.close()
    for p in pools:
        p.join()
