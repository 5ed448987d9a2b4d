"""Fluent-Python-style prime check with ProcessPoolExecutor: a progress line rewritten with end='\\r', flush=True."""
import math
import sys
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, as_completed

NUMBERS = [2, 142702110479723, 299593572317531, 115797848077099, 1099726899285419]


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    root = math.isqrt(n)
    for i in range(3, root + 1, 2):
        if n % i == 0:
            return False
    return True


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    primes = []
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        jobs = {ex.submit(is_prime, n): n for n in NUMBERS}
        for done, fut in enumerate(as_completed(jobs), 1):
            print(f"checked {done}/{len(jobs)}", end="\r", flush=True)
            if fut.result():
                primes.append(jobs[fut])
    print()
    print("primes:", sorted(primes))
