"""A child arms faulthandler.dump_traceback_later(5, exit=True) as a hang detector, then waits in Queue.get()
for an item nobody sends. After 5 s faulthandler writes the child's thread stacks to stderr and ends the
process with exit code 1 (no Python exception, no atexit). A second child arms the same detector, finishes in
time and cancels it (exit 0). The parent joins both."""
import faulthandler
import multiprocessing as mp
import sys
import time


def stuck(q):
    faulthandler.dump_traceback_later(5, exit=True)
    print("stuck: waiting for an item", flush=True)
    q.get()
    print("stuck: never printed", flush=True)


def quick():
    faulthandler.dump_traceback_later(5, exit=True)
    time.sleep(0.3)
    faulthandler.cancel_dump_traceback_later()
    print("quick: done in time", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    a = ctx.Process(target=stuck, args=(q,), name="stuck")
    b = ctx.Process(target=quick, name="quick")
    a.start()
    b.start()
    b.join()
    a.join()
    print("exitcodes: stuck", a.exitcode, "quick", b.exitcode, flush=True)
