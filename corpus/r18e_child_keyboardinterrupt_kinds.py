"""Three children end by KeyboardInterrupt-like causes, none of them Ctrl-C: one raises
KeyboardInterrupt itself (exit code 1, a traceback); one raises SIGINT at itself with
signal.raise_signal() while Python's default handler is in place (KeyboardInterrupt, exit code 1);
one restores SIG_DFL first, so the same signal ends it at once (exit code -2, no traceback)."""
import multiprocessing as mp
import signal
import sys
import time


def raises():
    time.sleep(0.1)
    raise KeyboardInterrupt("raised by the program")


def python_handler():
    time.sleep(0.1)
    signal.raise_signal(signal.SIGINT)
    print("python_handler: not reached", flush=True)


def default_action():
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    time.sleep(0.1)
    signal.raise_signal(signal.SIGINT)
    print("default_action: not reached", flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    procs = [ctx.Process(target=f, name=f.__name__) for f in (raises, python_handler, default_action)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
        print(p.name, "exit code", p.exitcode, flush=True)


if __name__ == "__main__":
    main()
