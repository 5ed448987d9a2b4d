"""pool.map() with a two-argument function over a list of pairs, the classic first try: each task calls
power((2, 3)) and fails with TypeError (missing 1 required positional argument); map() raises the first
task's error in the parent. Then the two usual fixes: starmap(), and map() of a wrapper that unpacks."""
import multiprocessing as mp
import sys


def power(base, exp):
    return base ** exp


def power_pair(pair):
    return power(*pair)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pairs = [(2, 3), (3, 2), (10, 2), (5, 0)]
    with mp.Pool(2) as pool:
        try:
            print(pool.map(power, pairs), flush=True)
        except TypeError as e:
            print("map failed:", e, flush=True)
        print("starmap:", pool.starmap(power, pairs), flush=True)
        print("map of a wrapper:", pool.map(power_pair, pairs), flush=True)
