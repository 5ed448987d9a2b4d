"""Where a child's KeyboardInterrupt came from, four ways (fix 35).  `catcher` gets its parent's os.kill(SIGINT),
catches the KeyboardInterrupt and sys.exit(130)s inside the except (its row: raised SystemExit while handling a
KeyboardInterrupt); `shrugger` gets one too, catches it and returns from run() normally (exit 0); `raiser` calls
signal.raise_signal(SIGINT) on itself; `mainer` calls _thread.interrupt_main(), which sends no signal at all: CPython
only marks SIGINT as tripped, and Python's SIGINT handler raises the KeyboardInterrupt as if one had come."""
import _thread
import multiprocessing as mp
import os
import signal
import sys
import time


def wait_for_it(ready):
    ready.set()
    while True:
        time.sleep(0.05)


def catcher(ready):
    try:
        wait_for_it(ready)
    except KeyboardInterrupt:
        print("catcher: interrupted, exiting 130", flush=True)
        sys.exit(130)


def shrugger(ready):
    try:
        wait_for_it(ready)
    except KeyboardInterrupt:
        print("shrugger: interrupted, returning", flush=True)


def raiser(ready):
    ready.set()
    try:
        signal.raise_signal(signal.SIGINT)
        time.sleep(1)
    except KeyboardInterrupt:
        sys.exit(130)


def mainer(ready):
    ready.set()
    try:
        _thread.interrupt_main()
        time.sleep(1)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    for target in (catcher, shrugger, raiser, mainer):
        ready = ctx.Event()
        p = ctx.Process(target=target, args=(ready,), name=target.__name__)
        p.start()
        ready.wait(10)
        time.sleep(0.2)
        if target in (catcher, shrugger):
            os.kill(p.pid, signal.SIGINT)
        p.join()
        print(f"{p.name}: exit {p.exitcode}", flush=True)
