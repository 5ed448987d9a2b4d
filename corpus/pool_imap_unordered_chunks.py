"""imap_unordered with chunksize=4 over 30 numbers on 3 workers."""
import multiprocessing as mp


def is_prime(n):
    if n < 2:
        return n, False
    return n, all(n % d for d in range(2, int(n ** 0.5) + 1))


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        primes = sorted(n for n, p in pool.imap_unordered(is_prime, range(30), chunksize=4) if p)
    print(primes)
