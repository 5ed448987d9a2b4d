"""Dining philosophers with one Lock per fork: each philosopher takes the left fork, then tries the right one
with a timeout; if it cannot get it, it puts the left one down and tries again later (no deadlock)."""
import multiprocessing as mp
import random
import sys
import time


def philosopher(i, forks, meals):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    rng = random.Random(i)
    eaten = backoffs = 0
    while eaten < meals:
        with left:
            if right.acquire(timeout=0.05):
                try:
                    time.sleep(0.02)
                    eaten += 1
                finally:
                    right.release()
            else:
                backoffs += 1
        time.sleep(rng.uniform(0.0, 0.03))
    print(f"philosopher {i} ate {eaten} meals", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    forks = [mp.Lock() for _ in range(5)]
    ps = [mp.Process(target=philosopher, args=(i, forks, 3)) for i in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("all fed:", [p.exitcode for p in ps], flush=True)
