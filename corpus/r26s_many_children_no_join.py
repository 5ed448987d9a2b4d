"""join-placement, changed: 16 children on a 2-core machine, the join loop deleted; main counts
active_children() and ends; the exit joins the rest."""
import multiprocessing as mp
import sys
import time


def visit(i, seconds):
    time.sleep(seconds)
    print(f"child {i}: goodbye")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    for i in range(1, 17):
        mp.Process(target=visit, args=(i, 0.3 + 0.02 * i), name=f"child-{i}").start()
    print(f"main: started 16; alive right now: {len(mp.active_children())}")
    time.sleep(0.2)
    print(f"main: done; children still running: {len(mp.active_children())}")


if __name__ == "__main__":
    main()
