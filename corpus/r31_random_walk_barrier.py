"""A 1-D random walk: three workers each move their own particles in a shared Array, count the moves
in a shared Value under its lock, and meet the parent at a Barrier after every step. Every K steps
the parent prints a histogram of positions between two barrier waits, while nobody moves."""
import multiprocessing as mp
import random
import sys

WORKERS, PER_WORKER, STEPS, K = 3, 8, 6, 2


def walk(w, pos, moves, barrier):
    rng = random.Random(w)
    mine = range(w * PER_WORKER, (w + 1) * PER_WORKER)
    for _ in range(STEPS):
        for i in mine:
            pos[i] += rng.choice((-1, 1))
        with moves.get_lock():
            moves.value += len(mine)
        barrier.wait()                        # step done
        barrier.wait()                        # the parent has looked (or had nothing to do)


def histogram(pos):
    lo, hi = min(pos), max(pos)
    return "  ".join(f"{x:+d}:{'#' * list(pos).count(x)}" for x in range(lo, hi + 1) if x in pos)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pos = ctx.Array("i", WORKERS * PER_WORKER, lock=False)   # each slot has one writer
    moves = ctx.Value("i", 0)
    barrier = ctx.Barrier(WORKERS + 1)
    procs = [ctx.Process(target=walk, args=(w, pos, moves, barrier), name=f"walker-{w}") for w in range(WORKERS)]
    for p in procs:
        p.start()
    for step in range(1, STEPS + 1):
        barrier.wait()
        if step % K == 0:
            print(f"step {step} (moves {moves.value}): {histogram(pos)}")
        barrier.wait()
    for p in procs:
        p.join()
    print("mean displacement", sum(pos) / len(pos), "exit codes", [p.exitcode for p in procs])
