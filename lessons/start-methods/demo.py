"""start-methods: fork, spawn and forkserver side by side - how long a start takes, what the child
inherits, and why the `if __name__ == "__main__":` guard matters.

Run by `mp-tutor lesson start-methods`; it also runs on its own: python3 demo.py --children 3
"""
import argparse
import multiprocessing as mp
import os
import sys
import time

# Top-level code: runs whenever this file is executed or imported. A spawn child imports it again
# (as the module "__mp_main__"), so this line shows who runs the top level.
print(f"top level of demo.py runs in pid {os.getpid()}, __name__ = {__name__}")

# A module-level setting. main() changes it before starting any child.
SETTING = "the value written in the file"


def child(method, n, t_start):
    """Runs in the child: report how long the start took and what the child sees."""
    took_ms = (time.monotonic_ns() - t_start) / 1e6
    print(f"{method} child {n}: running {took_ms:.1f} ms after start() was called; sees SETTING = {SETTING!r}")


def late_start(method):
    """Part of the no-guard variant: starting a child from the top level of the module."""
    print(f"top level starts a {method} child, unguarded")
    p = mp.get_context(method).Process(target=child, args=(method, 0, time.monotonic_ns()), name=f"{method}-0")
    p.start()
    p.join()
    print(f"unguarded child ended with exit code {p.exitcode}")


def main():
    global SETTING
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=3, help="children started with each method, one after another")
    parser.add_argument("--no-guard", action="store_true", help="(handled at the top level, see the bottom of the file)")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    SETTING = "changed by main()"          # after the file was loaded, before any child starts
    print(f"main: pid {os.getpid()}; SETTING is now {SETTING!r}")
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)       # a context: this start method, without changing the default
        for n in range(1, args.children + 1):
            t_start = time.monotonic_ns()
            p = ctx.Process(target=child, args=(method, n, t_start), name=f"{method}-{n}")
            p.start()
            p.join()
            total_ms = (time.monotonic_ns() - t_start) / 1e6
            print(f"main: {method} child {n} started, ran and ended in {total_ms:.1f} ms")

    # A race: the slowest method is started first, the fastest last, without waiting in between.
    print("race: main starts a spawn, a forkserver and a fork child, in that order, without waiting")
    racers = []
    for method in ("spawn", "forkserver", "fork"):
        p = mp.get_context(method).Process(target=child, args=(method, "(race)", time.monotonic_ns()), name=f"race-{method}")
        p.start()
        racers.append(p)
    for p in racers:
        p.join()


if "--no-guard" in sys.argv:
    # The mistake, on purpose: code that starts a process at the top level, outside the guard.
    # A spawn child re-runs this line while it imports the module, and start() refuses.
    late_start("spawn")
elif __name__ == "__main__":
    main()
