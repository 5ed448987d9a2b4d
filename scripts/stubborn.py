"""A program that will not stop by itself: for scripts/sigkill-check*.sh (the lifeline's figures).

The main process and its three workers ignore SIGTERM and SIGINT, and each worker leaves the
process group (setsid), so only SIGKILL of each process ends them.
"""
import multiprocessing as mp
import os
import signal
import time


def deaf():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def work():
    deaf()
    os.setsid()
    while True:
        time.sleep(0.5)


if __name__ == "__main__":
    deaf()
    workers = [mp.Process(target=work) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
