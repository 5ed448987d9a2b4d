"""A script squares 5,000 numbers twice with Pool(4).map: once with chunksize=1, once with the default chunksize
(Pool.map picks ceil(5000 / (4 * 4)) = 313 items a chunk, 16 chunks). It prints its own counts to compare."""
import multiprocessing as mp
import sys


def square(n):
    return n * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    numbers = range(5000)
    with ctx.Pool(4) as pool:
        one_by_one = pool.map(square, numbers, chunksize=1)
        chunked = pool.map(square, numbers)
    chunksize, extra = divmod(len(numbers), 4 * 4)
    if extra:
        chunksize += 1
    print("results:", len(one_by_one), len(chunked), "equal:", one_by_one == chunked)
    print("default chunksize:", chunksize, "chunks:", -(-len(numbers) // chunksize))
    print("sum:", sum(chunked))
