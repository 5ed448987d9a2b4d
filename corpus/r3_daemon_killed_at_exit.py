"""A daemon process still running when the main process ends: multiprocessing terminates it at exit."""
import multiprocessing as mp
import sys
import time


def forever():
    while True:
        time.sleep(0.05)


def short():
    time.sleep(0.1)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    d = mp.Process(target=forever, daemon=True)
    d.start()
    s = mp.Process(target=short)
    s.start()
    time.sleep(0.3)
    print("main done; daemon alive:", d.is_alive())
