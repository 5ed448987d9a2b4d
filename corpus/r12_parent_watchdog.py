"""A child that stops when its parent dies: it polls multiprocessing.parent_process().is_alive()
every 0.1 s. The parent crashes (os._exit(3), so multiprocessing's exit handler never joins the
child); the child sees it, writes a line and ends by itself."""
import multiprocessing as mp
import os
import sys
import time


def watcher():
    parent = mp.parent_process()
    print("watching parent", parent.pid, flush=True)
    polls = 0
    while parent.is_alive():
        polls += 1
        time.sleep(0.1)
    print("parent gone after", polls, "polls; stopping", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=watcher)
    p.start()
    time.sleep(1.0)
    print("parent crashing", flush=True)
    os._exit(3)
