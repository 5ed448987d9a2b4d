"""How threads inside a child end: sys.exit(3) in a worker thread ends only that thread, silently; an
uncaught ValueError in a thread is printed by threading.excepthook and the child still exits 0; os._exit(5)
in a thread ends the whole child at once, its main thread included."""
import multiprocessing as mp
import os
import sys
import threading
import time


def quits():
    sys.exit(3)


def fails():
    raise ValueError("bad row 7")


def hard_exit():
    time.sleep(0.1)
    os._exit(5)


def child(kind):
    target = {"sys.exit": quits, "raise": fails, "os._exit": hard_exit}[kind]
    t = threading.Thread(target=target, name=f"T-{kind}")
    t.start()
    t.join()
    time.sleep(0.2)
    print(f"{kind}: main thread of the child reached its end", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for kind in ("sys.exit", "raise", "os._exit"):
        p = mp.Process(target=child, args=(kind,))
        p.start()
        p.join()
        print(f"{kind} in a thread -> exitcode {p.exitcode}", flush=True)
