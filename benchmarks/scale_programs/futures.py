"""Scale benchmark seed: a ProcessPoolExecutor's work items, each submitted and its result read (future.* events)."""
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(square, i) for i in range(40)]
        print(sum(f.result() for f in futures))
