"""semaphore-ktv changed to one room, and a visitor's code releases twice (once in the loop body, once
in a finally). A plain Semaphore does not complain: its count goes to 2, and two visitors sing at once."""
import multiprocessing as mp
import os
import sys
import tempfile
import time


def visit(name, room, hall):
    room.acquire()
    try:
        badge = os.path.join(hall, name)
        open(badge, "w").close()
        time.sleep(0.2)
        print(f"{name} sings ({len(os.listdir(hall))} in the room)", flush=True)
        os.remove(badge)
        room.release()          # the learner's release ...
    finally:
        room.release()          # ... and the "safe" one in finally


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    room = mp.Semaphore(1)
    hall = tempfile.mkdtemp()
    first = mp.Process(target=visit, args=("user0", room, hall))
    first.start()
    first.join()
    others = [mp.Process(target=visit, args=(f"user{i}", room, hall)) for i in (1, 2)]
    for p in others:
        p.start()
    for p in others:
        p.join()
    os.rmdir(hall)
    print("room count at the end:", room.get_value(), flush=True)
