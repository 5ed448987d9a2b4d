"""The main process leaves with os._exit(5) while its non-daemonic child still runs and an atexit handler is
registered (gaps 12A): the handler never runs, nor multiprocessing's own exit function, so nothing joins the child;
it goes on as an orphan.  The exit row says os._exit(5) and what it skipped."""
import atexit
import multiprocessing as mp
import os
import sys
import time


def work(ready):
    ready.set()
    time.sleep(0.5)
    print("child: still running after the parent left", flush=True)


def goodbye():
    print("atexit: goodbye", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    atexit.register(goodbye)
    ready = mp.Event()
    p = mp.Process(target=work, args=(ready,))
    p.start()
    ready.wait(10)
    print("parent: leaving with os._exit(5)", flush=True)
    os._exit(5)
