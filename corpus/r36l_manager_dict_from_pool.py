"""A Manager dict counts words: Pool(4).map over 2,000 word indexes, each task does one d[word] = d.get(word, 0) + 1
through the proxy, under a Manager Lock so no update is lost. 2,000 tasks, 4,000 dict proxy calls, 4,000 lock calls."""
import multiprocessing as mp
import sys

WORDS = ["queue", "lock", "pipe", "pool", "event"]


def count(args):
    i, shared, lock = args
    word = WORDS[i % len(WORDS)]
    with lock:
        shared[word] = shared.get(word, 0) + 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as manager:
        shared, lock = manager.dict(), manager.Lock()
        with ctx.Pool(4) as pool:
            pool.map(count, [(i, shared, lock) for i in range(2000)], chunksize=50)
        counts = dict(shared)
    print("counts:", sorted(counts.items()))
    print("total:", sum(counts.values()))
