"""apply_async with callback and error_callback: one task fails, the error callback runs in the parent."""
import multiprocessing as mp
import sys


def risky(x):
    if x == 2:
        raise ZeroDivisionError("division by zero in task")
    return 10 // x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    good, bad = [], []
    with mp.Pool(2) as pool:
        for x in (1, 2, 5):
            pool.apply_async(risky, (x,), callback=good.append, error_callback=lambda e: bad.append(str(e)))
        pool.close()
        pool.join()
    print(sorted(good), bad)
