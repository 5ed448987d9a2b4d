"""A progress line: imap_unordered results counted and printed with '\r' and flush=True, so the
terminal shows one line that is rewritten; a final newline, then the total."""
import multiprocessing as mp
import sys
import time


def work(n):
    time.sleep(0.02 * (n % 4))
    return n * 3


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    items = list(range(12))
    total = 0
    with ctx.Pool(4) as pool:
        for done, value in enumerate(pool.imap_unordered(work, items), 1):
            total += value
            print(f"\rprogress: {done}/{len(items)} ({100 * done // len(items)}%)", end="", flush=True)
    print()
    print("total", total)
