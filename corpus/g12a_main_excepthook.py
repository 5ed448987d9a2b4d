"""The main process replaces sys.excepthook with a one-line logger, then raises (gaps 12A): no traceback reaches
stderr, only the hook's line on stdout; the rows must not say the traceback went to stderr."""
import multiprocessing as mp
import sys


def work():
    print("child: done", flush=True)


def log_and_hide(kind, value, tb):
    print("error logged:", kind.__name__, value, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    sys.excepthook = log_and_hide
    p = mp.Process(target=work)
    p.start()
    p.join()
    raise ValueError("config missing")
