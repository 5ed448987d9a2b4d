"""daemon-processes: a daemon child ends when the main process's code ends; it may not have children.

Run by `mp-tutor lesson daemon-processes`; it also runs on its own: python3 demo.py [--os-exit]
"""
import argparse
import os
import time
from multiprocessing import Process


def hello():
    print("grandchild: hello")      # never runs: the daemon may not start it


def tick(life):
    """The daemon child: first tries to start a child of its own, then ticks until its life is over."""
    try:
        Process(target=hello).start()
    except AssertionError as e:
        print(f"ticker: start() refused: AssertionError: {e}")
    parent = os.getppid()
    deadline = time.monotonic() + life
    n = 0
    while time.monotonic() < deadline:     # bounded: at most `life` seconds
        n += 1
        if os.getppid() != parent:
            print(f"ticker: my parent {parent} is gone; my parent pid is now {os.getppid()}")
            parent = os.getppid()
        print(f"ticker: tick {n} (pid {os.getpid()}, parent pid {os.getppid()})")
        time.sleep(0.1)
    print("ticker: my life is over, I end on my own")


def work(seconds):
    """The ordinary (non-daemon) child."""
    print(f"worker: working {seconds} s")
    time.sleep(seconds)
    print("worker: done")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--main_seconds", "--main-seconds", type=float, default=0.4, help="how long main's own code runs")
    parser.add_argument("--worker_seconds", "--worker-seconds", type=float, default=0.8, help="how long the non-daemon child works")
    parser.add_argument("--os-exit", action="store_true",
                        help="end main with os._exit(0): no exit handlers, so nobody stops the daemon")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()
    # The daemon would tick for a while after the worker is done, if nothing stopped it.
    life = args.worker_seconds + 0.2

    ticker = Process(target=tick, args=(life,), name="ticker", daemon=True)   # daemon: before start()
    worker = Process(target=work, args=(args.worker_seconds,), name="worker")
    ticker.start()
    worker.start()
    print(f"main: pid {os.getpid()}; started ticker (daemon={ticker.daemon}) and worker (daemon={worker.daemon})")
    time.sleep(args.main_seconds)
    if args.os_exit:
        print("main: my code ends here, with os._exit(0)")
        os._exit(0)     # leaves at once: no atexit, no multiprocessing exit handler
    print("main: my code ends here")
    # No join() anywhere: at exit, multiprocessing terminates the daemon and joins the worker.


if __name__ == "__main__":
    main()
