"""Four workers roll dice: each adds its rolls into a Value('d') total under get_lock(), and
bumps a shared Array('i') histogram of faces with `hist[face] += 1` and no lock. The total is
exact; the histogram may come up short, and the script prints by how much."""
import multiprocessing as mp
import random
import sys

ROLLS = 400


def roll(seed, total, hist):
    rng = random.Random(seed)
    for _ in range(ROLLS):
        face = rng.randint(1, 6)
        with total.get_lock():
            total.value += face
        hist[face - 1] += 1     # Array's += is a get then a set: two lock turns, not one


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    total = ctx.Value("d", 0.0)
    hist = ctx.Array("i", 6)
    procs = [ctx.Process(target=roll, args=(s, total, hist)) for s in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    rngs = [random.Random(s) for s in range(4)]
    expected = sum(r.randint(1, 6) for r in rngs for _ in range(ROLLS))
    counts = list(hist)
    print("total of all rolls:", total.value, "(expected", expected, ")")
    print("histogram:", counts, "sum", sum(counts), "of", 4 * ROLLS)
    print("lost histogram updates:", 4 * ROLLS - sum(counts))
