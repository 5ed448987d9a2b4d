"""Daemon and non-daemon processes, the way a tutorial shows them: both print as they start
and as they leave, with sleeps so you can "see" them run. The main program does not join the
daemon; it ends first, and the daemon is stopped before it can print its goodbye."""
import multiprocessing
import sys
import time


def daemon():
    p = multiprocessing.current_process()
    print("Starting:", p.name, p.pid, flush=True)
    time.sleep(2)
    print("Exiting :", p.name, p.pid, flush=True)


def non_daemon():
    p = multiprocessing.current_process()
    print("Starting:", p.name, p.pid, flush=True)
    time.sleep(0.5)
    print("Exiting :", p.name, p.pid, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    d = multiprocessing.Process(name="daemon", target=daemon)
    d.daemon = True
    n = multiprocessing.Process(name="non-daemon", target=non_daemon)
    n.daemon = False
    d.start()
    time.sleep(0.2)
    n.start()
    n.join()
    print("d.is_alive()", d.is_alive())
    print("main done")
