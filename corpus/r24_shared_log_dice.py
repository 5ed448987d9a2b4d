"""A learner's dice game: the log file and the random module are set up at the top, children roll and log.

Asked as: "why do all my processes roll the same numbers, and why is my header in the log four times?"
(fork: the log's unflushed buffer is copied into each child, and each child's flush() writes it again;
random reseeds itself in a forked child (os.register_at_fork), so the rolls differ. spawn/forkserver:
each child imports this file again, so `open(..., "w")` empties the log and random.seed(2024) runs
again: every child rolls the same numbers.)"""
import multiprocessing as mp
import os
import random
import sys
import tempfile

LOG_PATH = os.path.join(tempfile.gettempdir(), "r24_dice_%s.log" % (sys.argv[1] if len(sys.argv) > 1 else "x"))
log = open(LOG_PATH, "w")
random.seed(2024)


def player(name):
    rolls = [random.randint(1, 6) for _ in range(3)]
    log.write("%s rolled %s\n" % (name, rolls))
    log.flush()
    print(name, "rolled", rolls, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    log.write("=== dice game ===\n")  # no flush: still in the buffer when the children start
    players = [ctx.Process(target=player, args=("player%d" % i,)) for i in range(3)]
    for p in players:
        p.start()
    for p in players:
        p.join()
    log.write("=== game over ===\n")
    log.close()
    with open(LOG_PATH) as f:
        lines = f.read().splitlines()
    print("log has", len(lines), "lines; headers:", lines.count("=== dice game ==="))
    for line in lines:
        print("  |", line)
    os.remove(LOG_PATH)
