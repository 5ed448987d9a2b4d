# The ProcessPoolExecutor example: is_prime over six large numbers.
# Source: the Python 3.11 documentation, Doc/library/concurrent.futures.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: the six numbers are smaller (same mix: primes, a repeat, a composite) so it ends in seconds.

import concurrent.futures
import math

PRIMES = [
    1000000007,
    1000000021,
    1000000007,
    1000000033,
    1000000087,
    1000000011]

def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False

    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True

def main():
    with concurrent.futures.ProcessPoolExecutor() as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print('%d is prime: %s' % (number, prime))

if __name__ == '__main__':
    main()
