"""Workers ignore SIGINT (the usual Pool initializer); the parent streams imap() results and, when
one task raises, terminate()s the pool at once instead of waiting for the rest."""
import multiprocessing as mp
import signal
import sys
import time


def quiet():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def process_row(n):
    if n == 4:
        raise ValueError(f"bad row {n}")
    time.sleep(0.05 * n)
    return n * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(2, initializer=quiet)
    got = []
    try:
        for r in pool.imap(process_row, range(10)):
            got.append(r)
    except ValueError as e:
        print("error:", e, "- terminating")
        pool.terminate()
    else:
        pool.close()
    pool.join()
    print("results before the error:", got)
