"""Pasted from a 'speed up Python with multiprocessing' blog: Pool(processes=os.cpu_count()), and a chunksize
computed the way the blog does (items / (4 * processes), rounded up: what Pool.map picks itself), then the same
batch with chunksize=1 for comparison; both count the primes below 20000."""
import math
import multiprocessing as mp
import os
import sys


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(math.isqrt(n)) + 1):
        if n % d == 0:
            return False
    return True


def main(ctx):
    numbers = range(20000)
    processes = os.cpu_count()
    chunksize, extra = divmod(len(numbers), processes * 4)
    if extra:
        chunksize += 1
    with ctx.Pool(processes=processes) as pool:
        flags = pool.map(is_prime, numbers, chunksize=chunksize)
        print("primes:", sum(flags), "chunksize", chunksize, "chunks", math.ceil(len(numbers) / chunksize),
              flush=True)
        ones = pool.map(is_prime, range(200), chunksize=1)
        print("primes below 200:", sum(ones), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
