"""Scale benchmark seed: one Pool.map over many small items (mostly pool.task.* events)."""
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(sum(pool.map(square, range(60), chunksize=1)))
