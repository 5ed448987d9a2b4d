"""shared-ctypes: Value, Array and a Structure array in shared memory, written by a child, read by the parent.

Run by `mp-tutor lesson shared-ctypes`; it also runs on its own: python3 demo.py --adds 5
"""
import argparse
import random
import time
from ctypes import Structure, c_bool, c_double
from multiprocessing import Barrier, Lock, Process, sharedctypes


class Point(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]


def modify(n, flag, text, nums, points):
    """Runs in the child: every change lands in shared memory, not in a copy."""
    n.value = n.value ** 2
    flag.value = True
    text.value = text.value.upper()
    nums[0] = 10
    for p in points:
        p.x = p.x ** 2
        p.y = p.y ** 2
    print("writer: done, every change is in shared memory")


def add_unsafely(counter, adds, pause, both_read):
    """lock=True guards each single read and each single write, not the two together."""
    for i in range(adds):
        seen = counter.value          # read (takes and releases the Value's lock)
        if i == 0:
            both_read.wait()          # the first round's race made sure: neither writes before both have read
        time.sleep(pause)
        counter.value = seen + 1      # write (takes and releases it again)


def add_safely(counter, adds, pause, _unused=None):
    """Hold the Value's own lock around the whole read-modify-write."""
    for _ in range(adds):
        with counter.get_lock():
            seen = counter.value
            time.sleep(pause)
            counter.value = seen + 1


def race(label, target, adds, pause, both_read=None):
    counter = sharedctypes.Value("i", 0)          # lock=True is the default
    adders = [Process(target=target, name=f"{label}-{i}", args=(counter, adds, pause, both_read)) for i in (1, 2)]
    for a in adders:
        a.start()
    for a in adders:
        a.join()
    print(f"{label} counter = {counter.value} (expected {2 * adds}, lost {2 * adds - counter.value})")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--adds", type=int, default=5, help="increments per process in the counter race")
    parser.add_argument("--seed", type=int, default=None, help="seed for the pause inside each increment")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    # Part 1: one child writes, the parent reads.
    lock = Lock()                                                          # one lock for two arrays
    n = sharedctypes.Value("i", 7)                                         # lock=True: gets its own RLock
    flag = sharedctypes.Value(c_bool, False, lock=False)                   # lock=False: a raw c_bool
    text = sharedctypes.Array("c", b"hello world", lock=lock)              # bytes, guarded by `lock`
    nums = sharedctypes.Array("i", range(5), lock=True)                    # its own RLock
    points = sharedctypes.Array(Point, [(1.875, -6.25), (-5.75, 2.0)], lock=lock)
    print(f"flag is a {type(flag).__name__}, has get_lock(): {hasattr(flag, 'get_lock')}; "
          f"n is a {type(n).__name__}")

    writer = Process(target=modify, name="writer", args=(n, flag, text, nums, points))
    writer.start()
    writer.join()
    print(f"parent reads n.value = {n.value}")
    print(f"parent reads flag.value = {flag.value}")
    print(f"parent reads text.value = {text.value}")
    print(f"parent reads nums[:] = {nums[:]}")
    print(f"parent reads points = {[(p.x, p.y) for p in points]}")

    # Part 2: two children add to one counter; lock=True alone does not make += safe.
    pause = 0.05 * rng.uniform(0.9, 1.1)
    # start() only asks for a process: on a busy machine one adder could run all its adds before the other starts,
    # so the racy adders meet at a Barrier between their first read and their first write.
    race("racy", add_unsafely, args.adds, pause, Barrier(2))
    race("guarded", add_safely, args.adds, pause)


if __name__ == "__main__":
    main()
