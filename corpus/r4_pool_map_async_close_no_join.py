"""map_async with a callback and an error_callback; close() without join(); get() still returns."""
import multiprocessing as mp
import sys


def square(x):
    return x * x


def inverse(x):
    return 1 / x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    got = []
    r1 = pool.map_async(square, range(5), callback=got.append)
    r2 = pool.map_async(inverse, [1, 0, 2], error_callback=lambda e: got.append(type(e).__name__))
    pool.close()                          # no join(): the program relies on get()
    print(r1.get())
    try:
        r2.get()
    except ZeroDivisionError:
        print("r2 raised ZeroDivisionError")
    print("callbacks:", got)
