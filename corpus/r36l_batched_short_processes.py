"""100 short-lived Processes started 20 at a time, each batch joined before the next; every 7th child exits with
sys.exit(3), every 13th raises. The script counts the exit codes itself."""
import collections
import multiprocessing as mp
import sys


def task(i):
    if i % 13 == 12:
        raise RuntimeError(f"child {i} broke")
    if i % 7 == 6:
        sys.exit(3)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    codes = collections.Counter()
    for start in range(0, 100, 20):
        batch = [ctx.Process(target=task, args=(i,), name=f"c{i}") for i in range(start, start + 20)]
        for p in batch:
            p.start()
        for p in batch:
            p.join()
            codes[p.exitcode] += 1
    print("exit codes:", sorted(codes.items()))
