"""semaphore-ktv: 4 KTV rooms, 13 visitors; a Semaphore(4) lets at most 4 in at a time.

Run by `mp-tutor lesson semaphore-ktv`; it also runs on its own: python3 demo.py --visitors 13 --seed 1
"""
import argparse
import os
import random
import shutil
import tempfile
import time
from multiprocessing import Barrier, Process, Semaphore

ROOMS = 4


def visit(name, rooms, doors, hall, stay):
    """One visitor: wait for the doors to open, get a room, sing, leave."""
    doors.wait()                 # everybody is at the door when the KTV opens
    print(f"{name} arrives")
    with rooms:                  # acquire: take one of the 4 places, or wait until one is free
        # Witness, independent of the semaphore: each visitor inside keeps a file in `hall`
        # and counts the files when it comes in (itself included).
        badge = os.path.join(hall, name)
        open(badge, "w").close()
        inside = len(os.listdir(hall))
        print(f"{name} gets a room and sings for {stay:.2f} s ({inside} inside)")
        time.sleep(stay)
        os.remove(badge)
        print(f"{name} leaves")
    # leaving the with-block released the semaphore: one waiting visitor may go in


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visitors", type=int, default=13, help="visitor processes")
    parser.add_argument("--seed", type=int, default=None, help="seed for how long each visitor stays")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    hall = tempfile.mkdtemp(prefix="ktv-")
    try:
        rooms = Semaphore(ROOMS)          # a counter starting at 4
        doors = Barrier(args.visitors)    # the opening time: all visitors go at once
        visitors = []
        for i in range(args.visitors):
            stay = rng.uniform(0.3, 0.6)  # each visitor sings for a different time
            name = f"user{i}"
            visitors.append(Process(target=visit, name=name, args=(name, rooms, doors, hall, stay)))
        for v in visitors:
            v.start()
        for v in visitors:
            v.join()
        print(f"============> all {args.visitors} visitors have sung; the KTV closes")
    finally:
        shutil.rmtree(hall, ignore_errors=True)


if __name__ == "__main__":
    main()
