"""A shared counter two ways: Value('i') updated under get_lock(), and a RawValue('i') (no lock
at all) updated by read, a short pause, write. Four processes add 150 each to both; the locked
count is exact, the raw one loses updates, and the script prints how many it lost."""
import multiprocessing as mp
import sys
import time

N = 150


def bump(safe, raw):
    for _ in range(N):
        with safe.get_lock():
            safe.value += 1
        seen = raw.value
        time.sleep(0.0005)      # the window another process writes in
        raw.value = seen + 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    safe = ctx.Value("i", 0)
    raw = ctx.RawValue("i", 0)
    procs = [ctx.Process(target=bump, args=(safe, raw)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    expected = 4 * N
    print(f"locked counter: {safe.value} (expected {expected})")
    print(f"raw counter:    {raw.value}")
    print("lost updates:  ", "none" if raw.value == expected else expected - raw.value)
    print("has get_lock:", hasattr(safe, "get_lock"), hasattr(raw, "get_lock"))
