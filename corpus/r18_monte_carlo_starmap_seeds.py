"""Course exercise: parallel Monte Carlo pi. Each task gets (seed, darts) through Pool.starmap and draws with its
own random.Random(seed); the parent adds the hits. The learner first forgets the seed and gives every task the
same one, and the program shows the tasks' identical counts."""
import multiprocessing as mp
import random
import sys

DARTS = 20000


def throw(seed, darts):
    rng = random.Random(seed)
    hits = 0
    for _ in range(darts):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            hits += 1
    return hits


def main(ctx):
    with ctx.Pool(3) as pool:
        same = pool.starmap(throw, [(1, DARTS)] * 4)
        print("same seed, hits per task:", same, flush=True)
        seeds = pool.starmap(throw, [(100 + i, DARTS) for i in range(4)])
        print("own seeds, hits per task:", seeds, flush=True)
        print("pi ~ %.3f" % (4 * sum(seeds) / (4 * DARTS)), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
