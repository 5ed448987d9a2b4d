"""threading.excepthook set to None (gaps 14B): threading then calls the hook it found when each Thread object was
made.  T-made-with-hook was made while the program's quiet_hook was in place: its ValueError goes to quiet_hook (one
line on stdout, no traceback) although threading.excepthook is None when it ends.  T-made-before was made before any
replacement: its ValueError goes to Python's own hook (a traceback on stderr), its sibling's sys.exit(3) is ignored
silently.  A Thread made while the hook is None cannot be made at all (RuntimeError).  The same in a child."""
import multiprocessing as mp
import sys
import threading


def fails(tag):
    raise ValueError("bad input in " + tag)


def quits():
    sys.exit(3)


def quiet_hook(args):
    print("hook:", args.thread.name, args.exc_type.__name__, flush=True)


def run_threads(tag):
    plain = threading.Thread(target=fails, args=(tag,), name="T-%s-made-before" % tag)
    plain_exit = threading.Thread(target=quits, name="T-%s-exit-made-before" % tag)
    threading.excepthook = quiet_hook
    hooked = threading.Thread(target=fails, args=(tag,), name="T-%s-made-with-hook" % tag)
    threading.excepthook = None
    try:
        threading.Thread(target=fails, args=(tag,))
    except RuntimeError as e:
        print("new Thread while None:", e, flush=True)
    for t in (hooked, plain, plain_exit):
        t.start()
        t.join()
    threading.excepthook = threading.__excepthook__


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    run_threads("main")
    p = mp.Process(target=run_threads, args=("child",))
    p.start()
    p.join()
    print("child exitcode", p.exitcode, flush=True)
