"""Pool(2, maxtasksperchild=2) whose initializer ignores SIGINT, streaming imap_unordered(chunksize=1) over ten slow
items. After the fourth result the parent sends itself SIGINT (as a Ctrl-C would reach it): the KeyboardInterrupt
ends the loop, the pool is terminate()d and joined. Workers were recycled along the way (distinct pids)."""
import multiprocessing as mp
import os
import signal
import sys
import time


def quiet():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow(n):
    time.sleep(0.1)
    return n, os.getpid()


def main(ctx):
    pool = ctx.Pool(2, initializer=quiet, maxtasksperchild=2)
    got = []
    try:
        for n, pid in pool.imap_unordered(slow, range(10)):
            got.append((n, pid))
            if len(got) == 4:
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(1)
        print("loop ended without interruption", flush=True)
    except KeyboardInterrupt:
        print("KeyboardInterrupt after", len(got), "results; terminating the pool", flush=True)
        pool.terminate()
    else:
        pool.close()
    pool.join()
    print("results:", sorted(n for n, _ in got), flush=True)
    print("distinct worker pids among them:", len({pid for _, pid in got}), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
