"""A Barrier(3) but only two worker processes: each waits at the barrier forever (no timeout), and the
parent's join() waits for them."""
import multiprocessing as mp
import sys
import time


def worker(barrier, n):
    time.sleep(0.1 * n)
    print(f"worker {n} at the barrier", flush=True)
    barrier.wait()
    print(f"worker {n} passed", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    barrier = mp.Barrier(3)
    ps = [mp.Process(target=worker, args=(barrier, n)) for n in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
