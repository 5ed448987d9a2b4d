"""Three processes add 1 to a shared Value 400 times each with `v.value += 1` and no get_lock() (a lost-update
race), printing progress in Chinese without newlines (end=''), then the parent prints the total in Chinese."""
import multiprocessing as mp
import sys


def add(v, n, tag):
    for _ in range(n):
        v.value += 1
    print(f"{tag}完成", end="", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    v = ctx.Value("i", 0)
    procs = [ctx.Process(target=add, args=(v, 400, f"进程{i}"), name=f"加法{i}") for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print()
    print(f"总数：{v.value}（应为 1200）")
