"""A task raises in a pool worker; the parent catches it at get(); map stops at the first error."""
from multiprocessing import Pool


def invert(x):
    return 1 / x


if __name__ == "__main__":
    with Pool(2) as pool:
        r = pool.apply_async(invert, (0,))
        try:
            r.get(timeout=5)
        except ZeroDivisionError as exc:
            print("apply_async:", type(exc).__name__)
        try:
            pool.map(invert, [1, 2, 0, 4])
        except ZeroDivisionError as exc:
            print("map:", exc)
