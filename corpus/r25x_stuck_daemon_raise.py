"""A thread holds the program's lock when the main thread starts a daemon child. Under fork the child's
copy of the lock is held by a thread that does not exist in the child: its `with lock:` never returns.
The parent waits 5 s for it, then raises before joining anybody: the exit function terminates the daemon
and the program exits with status 1. Under spawn and forkserver the child has a fresh lock."""
import multiprocessing as mp
import sys
import threading
import time

lock = threading.Lock()


def background():
    with lock:
        time.sleep(1.0)


def child():
    with lock:
        print("child got the lock", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    t = threading.Thread(target=background, name="Saver")
    t.start()
    time.sleep(0.1)
    c = mp.Process(target=child, name="Child", daemon=True)
    c.start()
    c.join(5)
    t.join()
    print("child alive after 5 s:", c.is_alive(), flush=True)
    raise RuntimeError("giving up on the child")
