"""A per-task time limit in Pool workers with signal.alarm: the handler raises, the task fails, map goes on."""
import multiprocessing as mp
import signal
import sys
import time


class TaskTimeout(Exception):
    pass


def _raise(signum, frame):
    raise TaskTimeout("task took too long")


def limited(seconds):
    signal.signal(signal.SIGALRM, _raise)
    signal.alarm(1)
    try:
        time.sleep(seconds)
        return f"slept {seconds}"
    except TaskTimeout as e:
        return f"gave up: {e}"
    finally:
        signal.alarm(0)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        print(pool.map(limited, [0.1, 3, 0.2]))
