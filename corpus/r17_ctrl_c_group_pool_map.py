"""Forum question: "Ctrl-C during Pool.map prints tracebacks from every worker." A terminal's Ctrl-C sends
SIGINT to every process of the foreground group: the parent and each Pool worker. Here a timer thread does
what the terminal does: it sends SIGINT to the parent and to every worker while map() runs. Each worker's
task raises KeyboardInterrupt (the pool catches only Exception, so the worker process ends and is replaced),
the parent's map() raises KeyboardInterrupt, and leaving the with-block terminates the pool. The fix: an
initializer that makes the workers ignore SIGINT, so only the parent handles it."""
import multiprocessing as mp
import os
import signal
import sys
import threading
import time


def slow(x):
    time.sleep(0.6)
    return x * x


def ignore_sigint():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def press_ctrl_c():
    for child in mp.active_children():
        os.kill(child.pid, signal.SIGINT)
    os.kill(os.getpid(), signal.SIGINT)


def run(ctx, initializer):
    try:
        with ctx.Pool(2, initializer=initializer) as pool:
            pool.map(slow, [1])  # the workers are up
            threading.Timer(0.3, press_ctrl_c).start()
            print("results:", pool.map(slow, range(4)), flush=True)
    except KeyboardInterrupt:
        print("initializer=%s: KeyboardInterrupt in the parent" % (initializer and initializer.__name__), flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    run(ctx, None)
    run(ctx, ignore_sigint)
