"""starmap: each item is an argument tuple, unpacked into the call."""
import multiprocessing as mp
import sys


def power(base, exp):
    return base ** exp


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0), (5, 1)]))
