"""A program that replaces threading.excepthook (gaps 13A): a thread's uncaught ValueError, in the main process and in
a child, goes to the program's hook, which prints one line on stdout and no traceback; a thread's sys.exit(2) goes to
it too (Python's own hook would ignore it silently).  A thread before the replacement prints its traceback."""
import multiprocessing as mp
import sys
import threading


def fails(tag):
    raise ValueError("bad input in " + tag)


def quits():
    sys.exit(2)


def quiet_hook(args):
    print("hook:", args.thread.name, args.exc_type.__name__, flush=True)


def run_threads(tag):
    threading.excepthook = quiet_hook
    for name, target, a in (("T-%s-raise" % tag, fails, (tag,)), ("T-%s-exit" % tag, quits, ())):
        t = threading.Thread(target=target, args=a, name=name)
        t.start()
        t.join()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    t = threading.Thread(target=fails, args=("before",), name="T-before")
    t.start()
    t.join()
    run_threads("main")
    p = mp.Process(target=run_threads, args=("child",))
    p.start()
    p.join()
    print("child exitcode", p.exitcode, flush=True)
