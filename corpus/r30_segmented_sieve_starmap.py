"""A segmented prime sieve: the base primes up to sqrt(N) are found once, the range [2, N) is cut into
chunks and each chunk is sieved by a Pool worker through starmap over (lo, hi, base); the parent
concatenates the chunks and checks the result against a plain sieve."""
import math
import multiprocessing as mp
import sys

N = 60000
CHUNK = 9000


def simple_sieve(limit):
    flags = bytearray([1]) * limit
    flags[:2] = b"\x00\x00"
    for p in range(2, math.isqrt(limit - 1) + 1):
        if flags[p]:
            flags[p * p::p] = bytearray(len(flags[p * p::p]))
    return [i for i, f in enumerate(flags) if f]


def sieve_segment(lo, hi, base):
    flags = bytearray([1]) * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for multiple in range(start, hi, p):
            flags[multiple - lo] = 0
    return [lo + i for i, f in enumerate(flags) if f and lo + i >= 2]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    base = simple_sieve(math.isqrt(N) + 1)
    segments = [(lo, min(lo + CHUNK, N), base) for lo in range(0, N, CHUNK)]
    with ctx.Pool(3) as pool:
        parts = pool.starmap(sieve_segment, segments)
    primes = [p for part in parts for p in part]
    print("segments:", len(segments), "sizes:", [len(part) for part in parts])
    print("primes below", N, ":", len(primes), "largest", primes[-1])
    print("matches plain sieve:", primes == simple_sieve(N))
