"""Two Pool-ending mistakes: join() without close() first (ValueError: Pool is still running, the
pool goes on), then a helper thread calls terminate() while the main thread waits in map() of slow
tasks. terminate() ends the workers; the map's result object is never finished, so map() waits
forever (the watchdog stops the run)."""
import multiprocessing as mp
import sys
import threading
import time


def slow(x):
    time.sleep(1.0)
    return x * x


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(2)
    print("first:", pool.map(slow, [1, 2]), flush=True)
    try:
        pool.join()
    except ValueError as e:
        print("join() raised ValueError:", e, flush=True)
    stopper = threading.Timer(0.5, pool.terminate)
    stopper.start()
    print("map() of 4 slow tasks; a Timer terminates the pool in 0.5 s", flush=True)
    print("second:", pool.map(slow, [3, 4, 5, 6]), flush=True)
    print("not reached", flush=True)


if __name__ == "__main__":
    main()
