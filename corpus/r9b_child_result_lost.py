"""A learner returns a value from the target (it is lost) and allocates too much in another child (MemoryError)."""
import multiprocessing as mp
import sys


def total(numbers):
    return sum(numbers)


def greedy():
    data = bytearray(1 << 62)  # 4 EiB: MemoryError at once, nothing is touched
    return len(data)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=total, args=([1, 2, 3],))
    p.start()
    p.join()
    print("total's exitcode:", p.exitcode, "(the 6 it returned is gone)", flush=True)
    g = mp.Process(target=greedy)
    g.start()
    g.join()
    print("greedy's exitcode:", g.exitcode)
