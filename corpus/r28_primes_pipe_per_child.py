"""Chunked prime count: the parent splits 2..20000 into four ranges by hand, starts one Process
per range with its own Pipe(duplex=False), closes its copy of each write end, and recv()s one
(range, count) tuple per child. The sum is checked against a serial count."""
import multiprocessing as mp
import sys


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def count(lo, hi, conn):
    conn.send(((lo, hi), sum(1 for n in range(lo, hi) if is_prime(n))))
    conn.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    limit, parts = 20000, 4
    step = limit // parts
    jobs = []
    for k in range(parts):
        lo, hi = max(2, k * step), (k + 1) * step
        r, w = ctx.Pipe(duplex=False)
        p = ctx.Process(target=count, args=(lo, hi, w))
        p.start()
        w.close()
        jobs.append((p, r))
    total = 0
    for p, r in jobs:
        (lo, hi), c = r.recv()
        print(f"{p.name}: [{lo}, {hi}) has {c} primes")
        total += c
        p.join()
    print("total", total, "serial", sum(1 for n in range(limit) if is_prime(n)))
