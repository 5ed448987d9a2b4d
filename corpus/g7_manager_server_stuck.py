"""A SyncManager whose initializer never returns: its server process runs but never sends its address, so start()
waits until the watchdog stops the run."""
import multiprocessing as mp
import sys
import time
from multiprocessing.managers import SyncManager


def stuck():
    print("server initializer: sleeping forever", flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    m = SyncManager()
    m.start(initializer=stuck)
    print("never printed", flush=True)
