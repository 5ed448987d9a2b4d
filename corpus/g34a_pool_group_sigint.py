"""Ctrl-C as a terminal sends it, to a whole process group (gaps 34A): a timer thread os.killpg()s SIGINT to the
program's own group while the main thread waits in Pool.map().  Every worker gets it too: each raises KeyboardInterrupt
in its worker loop (waiting for a task, or inside one) and ends with a traceback; the main thread's map() raises it,
and the with block's exit terminate()s the pool."""
import multiprocessing as mp
import os
import signal
import sys
import threading
import time


def hello(q):
    q.put(os.getpid())


def slow(n):
    time.sleep(2)
    return n


if __name__ == "__main__":
    try:
        os.setpgid(0, 0)    # a group of its own, as a shell gives a job: the SIGINT reaches this run only
    except OSError:
        pass                # a session leader is one already
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    started = ctx.Queue()
    with ctx.Pool(3, initializer=hello, initargs=(started,)) as pool:
        for _ in range(3):
            started.get(timeout=20)     # every worker is in its loop
        threading.Timer(0.3, os.killpg, (0, signal.SIGINT)).start()
        try:
            pool.map(slow, range(6))
        except KeyboardInterrupt:
            print("main: KeyboardInterrupt in map(); the with block terminates the pool", flush=True)
    print("main: done", flush=True)
