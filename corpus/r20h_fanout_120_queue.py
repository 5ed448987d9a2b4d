"""120 short processes started in a loop, each puts (index, pid) on one Queue and exits; the parent takes 120
results, then joins every process. Every exit code is 0, the indexes 0..119 all arrive, in whatever order the
children ran."""
import multiprocessing as mp
import os
import sys


def work(q, i):
    q.put((i, os.getpid()))


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    procs = [ctx.Process(target=work, args=(q, i), name=f"w{i}") for i in range(120)]
    for p in procs:
        p.start()
    got = [q.get(timeout=60) for _ in procs]
    for p in procs:
        p.join()
    indexes = sorted(i for i, _ in got)
    print("results:", len(got), "indexes complete:", indexes == list(range(120)), flush=True)
    print("distinct pids:", len({pid for _, pid in got}), flush=True)
    print("exit codes:", sorted({p.exitcode for p in procs}), flush=True)


if __name__ == "__main__":
    main()
