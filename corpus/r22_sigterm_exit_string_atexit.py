"""A child installs a SIGTERM handler that calls sys.exit("stopped by SIGTERM") and registers an atexit handler.
The parent terminate()s it: the handler's SystemExit with a string ends run() (exit code 1, the string on
stderr); the atexit handler runs under spawn only (fork and forkserver children leave by os._exit). A second
child calls sys.exit(None) (exit 0); a third sys.exit(300) (exit code 300 & 255 = 44)."""
import atexit
import multiprocessing as mp
import signal
import sys
import time


def on_term(signum, frame):
    sys.exit("stopped by SIGTERM")


def bye(name):
    print("atexit handler ran in", name, flush=True)


def worker(ready):
    signal.signal(signal.SIGTERM, on_term)
    atexit.register(bye, "worker")
    ready.set()
    while True:
        time.sleep(0.05)


def quitter(code):
    atexit.register(bye, "quitter %r" % (code,))
    sys.exit(code)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ready = ctx.Event()
    w = ctx.Process(target=worker, args=(ready,), name="worker")
    w.start()
    ready.wait(10)
    w.terminate()
    w.join()
    print("worker exitcode", w.exitcode, flush=True)
    for code in (None, 300):
        q = ctx.Process(target=quitter, args=(code,), name="quit-%s" % code)
        q.start()
        q.join()
        print("quitter", code, "exitcode", q.exitcode, flush=True)
