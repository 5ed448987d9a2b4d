"""Forum question: "How do I pass two lists to Pool.map?" The learner writes pool.map(power, bases, exponents)
as with the built-in map(). Pool.map's third parameter is chunksize, so the exponents list becomes the chunk
size and map() fails in the caller with a TypeError about '<=' (list and int) that names neither list. The fix: starmap()
over zip(bases, exponents)."""
import multiprocessing as mp
import sys


def power(base, exponent):
    return base ** exponent


def main(ctx):
    bases, exponents = [2, 3, 4], [5, 2, 3]
    print("built-in map:", list(map(power, bases, exponents)), flush=True)
    with ctx.Pool(2) as pool:
        try:
            print("Pool.map:", pool.map(power, bases, exponents), flush=True)
        except TypeError as e:
            print("Pool.map failed:", e, flush=True)
        print("Pool.starmap:", pool.starmap(power, zip(bases, exponents)), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
