"""A child that forks with C's fork() (through ctypes), not os.fork(): Python's at-fork hooks do not run in the copy,
so the tracer in it still believes it is its parent, with the parent's event file mapped and the parent's numbering.
Both write their lines into the same place of one file: the copy's longer lines land over the parent's, the parent's
later lines land in the middle of the copy's. What the record must show: the lines that file lost, counted, under the
process whose file it is (Process-1), with the first line that could not be read (gaps 28C)."""
import ctypes
import multiprocessing as mp
import os
import sys
import time


def work():
    libc = ctypes.CDLL(None, use_errno=True)
    pid = libc.fork()
    if pid == 0:
        time.sleep(0.3)     # after the parent's first three lines
        for i in range(4):
            print("grandchild line", i, "x" * 60)
        sys.stdout.flush()
        os._exit(0)
    for i in range(3):
        print("child", i)
    os.waitpid(pid, 0)
    print("child after the grandchild")


if __name__ == "__main__":
    mp.set_start_method(sys.argv[1] if len(sys.argv) > 1 else "fork")
    p = mp.Process(target=work)
    p.start()
    p.join()
    print("main done", p.exitcode)
