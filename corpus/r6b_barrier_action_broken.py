"""Barrier(3, action=...): the action runs once per round in the last party to arrive. In round 2 one party
is too slow: the others' wait(timeout=0.3) breaks the barrier and every party gets BrokenBarrierError."""
import multiprocessing as mp
import os
import sys
import threading
import time


def announce():
    print(f"action: round complete (in pid {os.getpid()})", flush=True)


def party(barrier, i):
    barrier.wait()
    if i == 2:
        time.sleep(1.0)
    try:
        barrier.wait(timeout=0.3)
        print(f"party {i} passed round 2", flush=True)
    except threading.BrokenBarrierError:
        print(f"party {i}: BrokenBarrierError", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    barrier = mp.Barrier(3, action=announce)
    ps = [mp.Process(target=party, args=(barrier, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("broken:", barrier.broken, [p.exitcode for p in ps], flush=True)
