"""A thread the main code started, still running when the main code ends, starts a Process a moment later (a
supervisor thread, an executor never shut down). Under spawn and forkserver the child fails before running: Python
has removed __main__.__file__, so the child is given no main file and cannot find `child` in its __main__. Under fork
the child runs. A process started during the main code runs under every method."""
import multiprocessing as mp
import sys
import threading
import time


def child(tag):
    print("child", tag, "ran", flush=True)


def supervisor(ctx):
    time.sleep(0.3)
    p = ctx.Process(target=child, args=("late",), name="late")
    p.start()
    p.join()
    print("late child exit code", p.exitcode, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    early = ctx.Process(target=child, args=("early",), name="early")
    early.start()
    early.join()
    threading.Thread(target=supervisor, args=(ctx,)).start()
    print("main code returns", flush=True)
