"""ABBA: two processes take two locks in opposite orders and wait for each other forever (the watchdog ends it)."""
import multiprocessing as mp
import sys
import time


def one(a, b):
    with a:
        time.sleep(0.2)
        with b:
            print("one got both")


def two(a, b):
    with b:
        time.sleep(0.2)
        with a:
            print("two got both")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    a, b = mp.Lock(), mp.Lock()
    ps = [mp.Process(target=one, args=(a, b)), mp.Process(target=two, args=(a, b))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
