"""The StackOverflow answer to Ctrl-C under Pool: workers ignore SIGINT (initializer), the parent catches
KeyboardInterrupt (here sent to itself with os.kill) while waiting on map_async, then terminate()s the pool."""
import os
import signal
import sys
import time
import multiprocessing as mp


def init_worker():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow_square(x):
    time.sleep(0.3)
    return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2, initializer=init_worker)
    try:
        print("warm-up:", pool.apply(slow_square, (1,)))
        res = pool.map_async(slow_square, range(8))
        time.sleep(0.5)
        # what the user's Ctrl-C would do: SIGINT to the parent only
        os.kill(os.getpid(), signal.SIGINT)
        print("results:", res.get(10))
        pool.close()
    except KeyboardInterrupt:
        print("caught KeyboardInterrupt, terminating workers")
        pool.terminate()
    finally:
        pool.join()
    print("done")
