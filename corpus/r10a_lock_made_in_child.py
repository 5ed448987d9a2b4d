"""lock-basics changed: each worker makes its own Lock() inside its function instead of taking the
parent's one. Every worker holds "the lock" at the same time: nothing is guarded."""
import multiprocessing as mp
import os
import sys
import tempfile
import time


def work(name, room):
    lock = mp.Lock()            # a new lock in every process
    with lock:
        badge = os.path.join(room, name)
        open(badge, "w").close()
        time.sleep(0.2)
        print(f"{name} holds the lock ({len(os.listdir(room))} inside)", flush=True)
        time.sleep(0.2)
        os.remove(badge)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    room = tempfile.mkdtemp()
    ps = [mp.Process(target=work, args=(f"worker-{i}", room)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    os.rmdir(room)
    print("done", flush=True)
