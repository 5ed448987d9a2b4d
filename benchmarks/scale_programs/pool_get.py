"""Scale benchmark seed: apply_async then get() on each result (pool.get events)."""
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        pending = [pool.apply_async(square, (i,)) for i in range(40)]
        print(sum(p.get() for p in pending))
