"""Four processes each add 1 to a shared Value 400 times under its own lock (get_lock()), 1,600 `with` blocks in
all; then the same without the lock, whose total may come out short (a race: the number printed varies)."""
import multiprocessing as mp
import sys


def locked(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def unlocked(counter, n):
    for _ in range(n):
        counter.value += 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    for target in (locked, unlocked):
        counter = ctx.Value("i", 0)
        procs = [ctx.Process(target=target, args=(counter, 400)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(target.__name__, "total:", counter.value, "of", 4 * 400, file=sys.stderr if target is unlocked else sys.stdout)
