"""imap's next(timeout) raises TimeoutError while the first item is slow; the loop retries until it arrives."""
import multiprocessing as mp
import sys
import time


def slow_first(x):
    time.sleep(0.6 if x == 0 else 0.05)
    return x + 100


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        it = pool.imap(slow_first, range(4))
        results, timeouts = [], 0
        while len(results) < 4:
            try:
                results.append(it.next(timeout=0.25))
            except mp.TimeoutError:
                timeouts += 1
        print(results, "timeouts>=1:", timeouts >= 1)
