"""Instead of join(), the parent polls multiprocessing.active_children() every 0.1 s and prints how
many are left. active_children() also reaps the children that ended (it calls is_alive() on each),
so no zombie is left; one child raises, one exits with sys.exit(3)."""
import multiprocessing as mp
import sys
import time


def nap(seconds, how):
    time.sleep(seconds)
    if how == "raise":
        raise ValueError("bad input")
    if how == "exit":
        sys.exit(3)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    plan = [(0.3, "ok"), (0.6, "raise"), (0.9, "exit")]
    procs = [ctx.Process(target=nap, args=plan[i], name="nap-%d" % i) for i in range(3)]
    for p in procs:
        p.start()
    seen = []
    while True:
        left = len(mp.active_children())
        if not seen or seen[-1] != left:
            seen.append(left)
        if left == 0:
            break
        time.sleep(0.1)
    print("counts seen:", seen, flush=True)
    print("exit codes:", [p.exitcode for p in procs], flush=True)
