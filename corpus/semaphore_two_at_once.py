"""Semaphore(2): five processes, at most two inside at once."""
import multiprocessing as mp
import sys
import time


def visit(sem, n):
    with sem:
        time.sleep(0.1)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    sem = mp.Semaphore(2)
    ps = [mp.Process(target=visit, args=(sem, n)) for n in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("all five visited")
