"""A Pool made without a with-block and never closed; a second Pool closed but never joined; the program just ends."""
import multiprocessing as mp
import sys


def square(x):
    return x * x


def main():
    pool = mp.Pool(2)
    print(pool.map(square, range(5)))
    other = mp.Pool(1)
    r = other.apply_async(square, (7,))
    other.close()
    print(r.get())


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    main()
    print("main done")
