"""starmap_async, then wait(), then get(); apply() blocks in between."""
from multiprocessing import Pool
import time


def power(b, e):
    time.sleep(0.05)
    return b ** e


if __name__ == "__main__":
    with Pool(2) as pool:
        r = pool.starmap_async(power, [(2, i) for i in range(6)])
        print("apply:", pool.apply(power, (3, 3)))
        r.wait()
        print(r.get())
