"""The main process raises an uncaught exception while a non-daemon child and a daemon child still run:
the traceback prints at once, then multiprocessing's exit function terminates the daemon and waits for the
other child, and only then does the program exit (status 1)."""
import multiprocessing as mp
import sys
import time


def slow(label, seconds):
    time.sleep(seconds)
    print(f"{label} finished", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    mp.Process(target=slow, args=("worker", 0.8), name="Worker").start()
    mp.Process(target=slow, args=("daemon", 5), name="Watcher", daemon=True).start()
    time.sleep(0.2)
    config = {}
    print("port is", config["port"])
