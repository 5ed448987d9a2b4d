"""Starvation: a greedy process re-takes a Lock at once after releasing it, while a polite one waits."""
import multiprocessing as mp
import sys
import time


def greedy(lock, stop):
    rounds = 0
    while not stop.is_set():
        with lock:
            time.sleep(0.01)
            rounds += 1
    print("greedy held the lock", rounds, "times")


def polite(lock, got):
    time.sleep(0.05)
    t0 = time.monotonic()
    with lock:
        got.value = time.monotonic() - t0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock, stop, got = mp.Lock(), mp.Event(), mp.Value("d", -1.0)
    g = mp.Process(target=greedy, args=(lock, stop))
    p = mp.Process(target=polite, args=(lock, got))
    g.start()
    p.start()
    p.join(timeout=1.0)
    stop.set()
    g.join()
    p.join()
    print("polite waited", "%.2f s" % got.value if got.value >= 0 else "until greedy stopped")
