"""A daemon child is still running when the main process ends: multiprocessing terminates it at exit."""
import multiprocessing as mp
import sys
import time


def forever():
    while True:
        time.sleep(0.05)


def short():
    time.sleep(0.2)
    print("short child done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    d = mp.Process(target=forever, daemon=True)
    n = mp.Process(target=short)
    d.start()
    n.start()
    time.sleep(0.3)
    print("main returns without joining anyone")
