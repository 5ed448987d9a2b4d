"""lock-basics: several processes share one Lock; only one at a time runs the locked part.

Run by `mp-tutor lesson lock-basics`; it also runs on its own: python3 demo.py --workers 5 --seconds 0.3
"""
import argparse
import os
import random
import shutil
import tempfile
import time
from multiprocessing import Lock, Process


def work(name, lock, room, seconds):
    """Runs in each worker: ask for the lock, do the locked part, give the lock back."""
    print(f"{name} (pid {os.getpid()}) asks for the lock")
    lock.acquire()          # blocks while another process holds the lock
    try:
        # A witness that does not rely on the lock: every holder puts a file in `room` while it is
        # inside and counts the files. If two processes were ever inside together, one would count 2.
        badge = os.path.join(room, name)
        open(badge, "w").close()
        inside = len(os.listdir(room))
        print(f"{name} holds the lock and works ({inside} inside)")
        time.sleep(seconds)
        os.remove(badge)
        print(f"{name} is done and releases the lock")
    finally:
        lock.release()      # the next waiter may go on now


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=5, help="processes sharing the lock")
    parser.add_argument("--seconds", type=float, default=0.3, help="how long each one holds the lock")
    parser.add_argument("--seed", type=int, default=None, help="shuffles the order the workers are started in")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    room = tempfile.mkdtemp(prefix="lock-basics-")
    try:
        lock = Lock()  # one lock, handed to every worker
        names = [f"worker-{i}" for i in range(args.workers)]
        rng.shuffle(names)
        workers = [Process(target=work, name=n, args=(n, lock, room, args.seconds)) for n in names]
        for w in workers:
            w.start()
        print(f"main process started {len(workers)} workers; they now compete for one lock")
        for w in workers:
            w.join()
        print("all workers are done: the locked parts ran one after another")
    finally:
        shutil.rmtree(room, ignore_errors=True)


if __name__ == "__main__":
    main()
