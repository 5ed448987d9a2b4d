"""Fifty short-lived processes started in a loop, in batches of ten; each batch is waited for with connection.wait()
on its sentinels. Exit codes vary: i % 5 == 4 exits with sys.exit(i % 7), every 13th raises. The parent tallies
exit codes."""
import multiprocessing as mp
import sys
from collections import Counter
from multiprocessing.connection import wait


def job(i):
    if i % 13 == 12:
        raise RuntimeError("job %d failed" % i)
    if i % 5 == 4:
        sys.exit(i % 7)


def main(ctx):
    codes = Counter()
    for start in range(0, 50, 10):
        batch = [ctx.Process(target=job, args=(i,), name="job-%d" % i) for i in range(start, start + 10)]
        for p in batch:
            p.start()
        pending = {p.sentinel: p for p in batch}
        while pending:
            for s in wait(list(pending), timeout=10):
                p = pending.pop(s)
                p.join()
                codes[p.exitcode] += 1
    print("exit codes:", sorted(codes.items()), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
