"""maxtasksperchild=2: workers are replaced after two tasks; the pids change."""
import multiprocessing as mp
import os


def whoami(x):
    return x, os.getpid()


if __name__ == "__main__":
    with mp.Pool(2, maxtasksperchild=2) as pool:
        out = pool.map(whoami, range(8), chunksize=1)
    print(len({pid for _, pid in out}) >= 2, [x for x, _ in out])
