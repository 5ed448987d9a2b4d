"""Course exercise: dining philosophers, three of them, one Lock per fork. Version 1 takes the left fork, then tries
the right one with acquire(timeout=0.2); on a timeout it puts the left fork back, waits a little and tries again.
Version 2 (the learner's first try) takes the right fork with a plain acquire(): all three end up holding their left
fork and waiting; a watchdog in the parent terminates them after 2 s."""
import multiprocessing as mp
import sys
import time

MEALS = 2


def polite(i, forks, meals):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    backoffs = 0
    while meals[i] < MEALS:
        with left:
            time.sleep(0.1)  # everyone holds a left fork now
            if right.acquire(timeout=0.2):
                try:
                    meals[i] += 1
                finally:
                    right.release()
                continue
        backoffs += 1
        time.sleep(0.05 * (i + 1))  # different back-offs break the symmetry
    print("phil-%d ate %d meals after %d back-offs" % (i, meals[i], backoffs), flush=True)


def greedy(i, forks):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    with left:
        time.sleep(0.2)
        with right:
            print("phil-%d ate" % i, flush=True)


def main(ctx):
    forks = [ctx.Lock() for _ in range(3)]
    meals = ctx.Array("i", 3)
    ps = [ctx.Process(target=polite, args=(i, forks, meals), name="polite-%d" % i) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("version 1 meals:", meals[:], flush=True)

    forks = [ctx.Lock() for _ in range(3)]
    ps = [ctx.Process(target=greedy, args=(i, forks), name="greedy-%d" % i) for i in range(3)]
    for p in ps:
        p.start()
    deadline = time.monotonic() + 2.0
    while any(p.is_alive() for p in ps) and time.monotonic() < deadline:
        time.sleep(0.1)
    for p in ps:
        if p.is_alive():
            p.terminate()  # the watchdog
        p.join()
    print("version 2 exit codes:", [p.exitcode for p in ps], flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
