"""Forum question: "Why do all my processes draw the same random numbers?" Here the program seeds the random
module at import (random.seed(42)) and also makes its own random.Random(7) before starting the children.
Under fork, the random module's global generator is reseeded in every child (random registers an at-fork
hook), but a Random instance made by the program is copied as it is: every child draws the same numbers.
Under spawn and forkserver, each child imports the main module again, so random.seed(42) runs again in each
child and the global generator repeats too; the Random instance given as an argument is pickled with its
state. The fix: seed each child from something that differs (here its index) inside the child."""
import multiprocessing as mp
import random
import sys

random.seed(42)


def draw(index, rng, out, reseed):
    if reseed:
        rng = random.Random(1000 + index)
    out.put((index, random.randint(0, 10 ** 6), rng.randint(0, 10 ** 6)))


def run(ctx, reseed):
    rng = random.Random(7)
    out = ctx.Queue()
    ps = [ctx.Process(target=draw, args=(i, rng, out, reseed)) for i in range(3)]
    for p in ps:
        p.start()
    rows = sorted(out.get() for _ in ps)
    for p in ps:
        p.join()
    globals_ = {g for _, g, _ in rows}
    owns = {o for _, _, o in rows}
    print("reseed=%s: global draws distinct=%d, own Random draws distinct=%d" % (reseed, len(globals_), len(owns)),
          flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    run(ctx, False)
    run(ctx, True)
