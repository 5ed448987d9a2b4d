"""A Barrier of three: each child arrives at a different time; all leave together."""
import multiprocessing as mp
import sys
import time


def arrive(b, delay):
    time.sleep(delay)
    i = b.wait()
    print("left the barrier as", i, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    b = mp.Barrier(3)
    ps = [mp.Process(target=arrive, args=(b, d)) for d in (0.05, 0.15, 0.3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
