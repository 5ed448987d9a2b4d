"""A timeout around Pool.map from the parent with signal.alarm: the SIGALRM handler raises TimeoutError inside
map()'s wait; the program gives up on the slow tasks and terminates the pool."""
import signal
import sys
import time
import multiprocessing as mp


def slow(x):
    time.sleep(0.2 if x < 2 else 3)
    return x


def on_alarm(signum, frame):
    raise TimeoutError("map took too long")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    signal.signal(signal.SIGALRM, on_alarm)
    pool = mp.Pool(2)
    signal.alarm(1)
    try:
        print(pool.map(slow, range(4)))
    except TimeoutError as e:
        print("gave up:", e)
        pool.terminate()
    finally:
        signal.alarm(0)
        pool.join()
    print("done")
