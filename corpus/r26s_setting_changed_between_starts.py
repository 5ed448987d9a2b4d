"""start-methods, changed: one default start method (argv), SETTING changed between two starts, a list
filled after the first start; each child prints what it sees."""
import multiprocessing as mp
import os
import sys

SETTING = "the value written in the file"
SEEN = []


def child(n):
    print(f"child {n}: SETTING = {SETTING!r}, SEEN = {SEEN}, __name__ of main = {sys.modules['__main__'].__name__}")


def main():
    global SETTING
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    SETTING = "first change"
    SEEN.append("a")
    p1 = mp.Process(target=child, args=(1,))
    p1.start()
    SETTING = "second change"          # after p1.start(), before p2.start()
    SEEN.append("b")
    p2 = mp.Process(target=child, args=(2,))
    p2.start()
    p1.join()
    p2.join()
    print(f"main: SETTING = {SETTING!r}, SEEN = {SEEN}; exit codes {p1.exitcode}, {p2.exitcode}")


print(f"top level runs as {__name__} in pid {os.getpid() > 0}")
if __name__ == "__main__":
    main()
