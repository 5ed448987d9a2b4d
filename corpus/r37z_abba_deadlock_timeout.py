"""Two workers take two Locks in opposite orders (the classic ABBA mistake). Each holds its first lock, waits a
little so the other can take its own, then asks for the second with a timeout, so the run ends: both time out and
report it, release, and the parent prints what each said. A student's first deadlock, made safe with timeouts."""
import multiprocessing as mp
import sys
import time


def worker(name, first, second, out):
    with first:
        time.sleep(0.3)
        got = second.acquire(timeout=1.0)
        if got:
            second.release()
            out.put(f"{name}: got both locks")
        else:
            out.put(f"{name}: gave up waiting for the second lock")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    a, b = ctx.Lock(), ctx.Lock()
    out = ctx.Queue()
    p1 = ctx.Process(target=worker, args=("alice", a, b, out), name="alice")
    p2 = ctx.Process(target=worker, args=("bob", b, a, out), name="bob")
    p1.start()
    p2.start()
    lines = sorted(out.get(timeout=10) for _ in range(2))
    p1.join()
    p2.join()
    for line in lines:
        print(line)
    print("exit codes", p1.exitcode, p2.exitcode)
