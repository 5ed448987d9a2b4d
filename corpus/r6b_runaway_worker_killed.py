"""A worker stuck in an infinite loop: the parent gives it join(timeout=0.5), then terminate(); another one
ignores SIGTERM, so after terminate() and a second join(timeout) the parent kill()s it."""
import multiprocessing as mp
import signal
import sys


def spin():
    n = 0
    while True:
        n += 1


def stubborn():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    print("stubborn: ignoring SIGTERM", flush=True)
    while True:
        pass


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    a = mp.Process(target=spin, name="Spinner")
    b = mp.Process(target=stubborn, name="Stubborn")
    a.start()
    b.start()
    a.join(timeout=0.5)
    if a.is_alive():
        print("Spinner still running after 0.5 s: terminate()", flush=True)
        a.terminate()
    a.join()
    b.terminate()
    b.join(timeout=0.5)
    if b.is_alive():
        print("Stubborn survived terminate(): kill()", flush=True)
        b.kill()
    b.join()
    print("exit codes", a.exitcode, b.exitcode, flush=True)
