"""Monte Carlo pi with a Pool: a module-level random.Random(2024) is copied into every worker (fork copies it, spawn and
forkserver import it again with the same seed), so the workers throw the same darts and their counts repeat. The fix:
an initializer that gives each worker its own seed, taken from a shared counter under get_lock()."""
import multiprocessing as mp
import random
import sys

RNG = random.Random(2024)
N = 20000


def throw(_):
    inside = 0
    for _ in range(N):
        x, y = RNG.random(), RNG.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


def seed_worker(counter):
    with counter.get_lock():
        counter.value += 1
        me = counter.value
    RNG.seed(1000 + me)


def report(label, counts):
    print(label, "counts:", sorted(counts), "distinct:", len(set(counts)), flush=True)
    print(label, "pi ~", round(4.0 * sum(counts) / (N * len(counts)), 3), flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(4) as pool:
        first = pool.map(throw, range(4), chunksize=1)
    report("same state", first)
    counter = ctx.Value("i", 0)
    with ctx.Pool(4, initializer=seed_worker, initargs=(counter,)) as pool:
        fixed = pool.map(throw, range(4), chunksize=1)
    report("seeded", fixed)
    print("workers seeded:", counter.value, flush=True)


if __name__ == "__main__":
    main()
