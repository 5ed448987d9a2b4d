"""A child with a second thread that forks with C's fork() (through ctypes), not os.fork(): the copy's tracer still
believes it is the child, with the child's event file mapped, so both write into the same place of one file and the
child loses lines. The record counts those losses per process file: it cannot say which of the child's two threads
(MainThread or its "ticker") lost them, nor when. What the record must show: the loss on every lane of Process-1, in
words that say which thread is not known either (gaps 31C)."""
import ctypes
import multiprocessing as mp
import os
import sys
import threading
import time


def ticker():
    for i in range(3):
        print("ticker", i, flush=True)
        time.sleep(0.05)


def work():
    t = threading.Thread(target=ticker, name="ticker")
    t.start()
    t.join()
    libc = ctypes.CDLL(None, use_errno=True)
    pid = libc.fork()
    if pid == 0:
        time.sleep(0.3)     # after the child's next lines
        for i in range(4):
            print("grandchild line", i, "x" * 60)
        sys.stdout.flush()
        os._exit(0)
    for i in range(3):
        print("child", i)
    os.waitpid(pid, 0)
    print("child after the grandchild")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=work)
    p.start()
    p.join()
    print("main done", p.exitcode)
