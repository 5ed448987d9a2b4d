"""Pool.map with a lambda: it cannot be pickled, so map() raises before any task runs."""
import multiprocessing as mp
import sys

if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        try:
            print(pool.map(lambda x: x * 2, [1, 2, 3]))
        except Exception as e:
            print("map failed:", type(e).__name__)
