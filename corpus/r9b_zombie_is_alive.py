"""Children that end but are never joined stay zombies until is_alive() (or active_children()) reaps them."""
import multiprocessing as mp
import os
import sys
import time


def state(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[1].split()[0]
    except FileNotFoundError:
        return "gone"


def quick():
    pass


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ps = [mp.Process(target=quick) for _ in range(2)]
    for p in ps:
        p.start()
    time.sleep(1)
    print("after 1 s:", [state(p.pid) for p in ps], flush=True)
    print("is_alive of the first:", ps[0].is_alive(), flush=True)
    print("now:", [state(p.pid) for p in ps], flush=True)
    time.sleep(0.5)
    print("active_children:", mp.active_children(), flush=True)
    print("now:", [state(p.pid) for p in ps], flush=True)
