"""lock-basics, changed: the learner deletes lock.acquire()/release() for the odd workers and adds a
shared Value counter bumped with += (its own lock taken per access, not around the read-modify-write)."""
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import time


def work(name, lock, room, counter, use_lock):
    if use_lock:
        lock.acquire()
    try:
        badge = os.path.join(room, name)
        open(badge, "w").close()
        inside = len(os.listdir(room))
        time.sleep(0.15)
        os.remove(badge)
        for _ in range(300):
            counter.value += 1
        print(f"{name} {'with' if use_lock else 'WITHOUT'} the lock: {inside} inside at once")
    finally:
        if use_lock:
            lock.release()


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    room = tempfile.mkdtemp(prefix="r26s-room-")
    try:
        lock = mp.Lock()
        counter = mp.Value("i", 0)
        workers = [mp.Process(target=work, name=f"w{i}", args=(f"w{i}", lock, room, counter, i % 2 == 0))
                   for i in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(f"counter: {counter.value} of {4 * 300} (lost: {counter.value < 1200})")
        print("exit codes", [w.exitcode for w in workers])
    finally:
        shutil.rmtree(room, ignore_errors=True)


if __name__ == "__main__":
    main()
