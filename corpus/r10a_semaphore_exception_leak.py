"""semaphore-ktv changed: acquire() and release() written by hand, and a visitor that raises while
singing never gives its room back. The later visitors try for a second and give up."""
import multiprocessing as mp
import sys
import time


def visit(name, rooms, broken):
    if not rooms.acquire(timeout=1.0):
        print(f"{name}: no room after 1 s, goes home", flush=True)
        return
    print(f"{name} sings", flush=True)
    time.sleep(0.2)
    if broken:
        raise RuntimeError(f"{name} broke the microphone")
    rooms.release()
    print(f"{name} leaves", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    rooms = mp.Semaphore(2)
    first = [mp.Process(target=visit, args=(f"user{i}", rooms, True)) for i in range(2)]
    for p in first:
        p.start()
    for p in first:
        p.join()
    later = [mp.Process(target=visit, args=(f"user{i}", rooms, False)) for i in range(2, 5)]
    for p in later:
        p.start()
    for p in later:
        p.join()
    print("exit codes:", [p.exitcode for p in first + later], flush=True)
