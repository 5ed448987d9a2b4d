"""Three children end three ways: return, sys.exit(3), an uncaught exception. The parent prints each exitcode."""
import multiprocessing as mp
import sys
import time


def fine():
    time.sleep(0.1)


def leave(code):
    time.sleep(0.05)
    sys.exit(code)


def fail():
    raise ValueError("bad input in the child")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    kids = [mp.Process(target=fine), mp.Process(target=leave, args=(3,)), mp.Process(target=fail)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
        print(k.name, "exitcode", k.exitcode)
