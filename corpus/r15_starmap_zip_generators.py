"""starmap() over zip() of two generators of different lengths: zip stops at the shorter one, and the
longer generator is advanced once more than zip uses (its fourth value is read and dropped). The
generators print as they yield, so the order shows starmap() draws the whole input before any task."""
import multiprocessing as mp
import sys


def names():
    for n in ["ada", "bob", "cy", "dee", "eve"]:
        print("names yields", n, flush=True)
        yield n


def ages():
    for a in [36, 41, 29]:
        print("ages yields", a, flush=True)
        yield a


def label(name, age):
    return "%s:%d" % (name, age)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        pairs = zip(names(), ages())
        print("calling starmap", flush=True)
        out = pool.starmap(label, pairs)
        print("starmap returned", out, flush=True)
        print("left in names():", list(pairs), flush=True)
