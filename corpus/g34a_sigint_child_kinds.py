"""A child's KeyboardInterrupt, three ways (gaps 34A).  The parent os.kill()s SIGINT to two workers that left SIGINT
as Python has it: `catcher` catches the KeyboardInterrupt and sys.exit(130)s inside the except, `plain` lets it escape
run() (a traceback, exit 1).  `raiser` raises KeyboardInterrupt itself, with no signal at all, then ValueError while
handling it.  Only the first two were interrupted by a SIGINT; the third must not be said to have been."""
import multiprocessing as mp
import os
import signal
import sys
import time


def catcher(ready):
    ready.set()
    try:
        while True:
            time.sleep(0.05)
    except KeyboardInterrupt:
        print("catcher: interrupted, exiting 130", flush=True)
        sys.exit(130)


def plain(ready):
    ready.set()
    while True:
        time.sleep(0.05)


def raiser(ready):
    ready.set()
    try:
        raise KeyboardInterrupt("raised by the program")
    except KeyboardInterrupt:
        raise ValueError("while handling it")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    for target in (catcher, plain, raiser):
        ready = ctx.Event()
        p = ctx.Process(target=target, args=(ready,), name=target.__name__)
        p.start()
        ready.wait(10)
        time.sleep(0.2)
        if target is not raiser:
            os.kill(p.pid, signal.SIGINT)
        p.join()
        print(f"{p.name}: exit {p.exitcode}", flush=True)
