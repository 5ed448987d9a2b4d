"""Dining philosophers as first written: three philosophers, one Lock per fork, each takes the left fork,
thinks a moment, then the right one: all three hold their left fork and wait for the right one forever.
The parent gives up after join(timeout) and terminates them; then the ordering fix (take the lower-numbered
fork first) lets every philosopher eat."""
import multiprocessing as mp
import sys
import time

N = 3


def philosopher(i, forks, ordered):
    left, right = i, (i + 1) % N
    first, second = (min(left, right), max(left, right)) if ordered else (left, right)
    for meal in range(2):
        with forks[first]:
            time.sleep(0.2)
            with forks[second]:
                print("philosopher %d eats meal %d" % (i, meal), flush=True)
        time.sleep(0.05)


def dinner(ordered):
    forks = [mp.Lock() for _ in range(N)]
    ps = [mp.Process(target=philosopher, args=(i, forks, ordered), name="phil-%d" % i) for i in range(N)]
    for p in ps:
        p.start()
    for p in ps:
        p.join(timeout=1.5)
    stuck = [p.name for p in ps if p.is_alive()]
    for p in ps:
        if p.is_alive():
            p.terminate()
            p.join()
    print("ordered=%s stuck=%s exitcodes=%s" % (ordered, stuck, [p.exitcode for p in ps]), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    dinner(False)
    dinner(True)
