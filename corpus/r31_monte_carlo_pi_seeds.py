"""Estimate pi with one Process per core, results through a Queue. First round: every worker draws
from RNG, a random.Random() made once at import (a fork child copies its state, so the estimates are
identical; random's module functions would be reseeded after fork, a Random instance is not).
Second round: each worker seeds its own generator with a seed argument, and the estimates differ."""
import multiprocessing as mp
import os
import random
import sys

SAMPLES = 20000
RNG = random.Random()


def estimate(worker, seed, out):
    rng = RNG if seed is None else random.Random(seed)
    inside = 0
    for _ in range(SAMPLES):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    out.put((worker, 4.0 * inside / SAMPLES))


def run_round(ctx, seeds):
    out = ctx.Queue()
    procs = [ctx.Process(target=estimate, args=(i, s, out)) for i, s in enumerate(seeds)]
    for p in procs:
        p.start()
    results = dict(out.get() for _ in procs)     # read before join: the feeder may still hold data
    for p in procs:
        p.join()
    return [results[i] for i in range(len(procs))]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    n = min(os.cpu_count() or 2, 3)
    first = run_round(ctx, [None] * n)
    print("unseeded:", ", ".join(f"{e:.4f}" for e in first))
    if len(set(first)) == 1:
        print("all workers drew the same numbers: the generator's state was copied into each child")
    second = run_round(ctx, [1000 + i for i in range(n)])
    print("seeded:  ", ", ".join(f"{e:.4f}" for e in second))
    print(f"pi ~ {sum(second) / n:.4f} from {n * SAMPLES} samples")
