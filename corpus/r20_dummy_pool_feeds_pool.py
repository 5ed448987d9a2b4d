"""multiprocessing.dummy's Pool (threads) beside a real Pool (processes): three threads each hand one task to
the real Pool with apply() and wait for it. The dummy pool's workers are threads of the parent named
Thread-N; the real pool's are processes."""
import multiprocessing as mp
import multiprocessing.dummy as mpd
import os
import sys
import time


def crunch(n):
    time.sleep(0.2)
    return n, sum(range(n)), os.getpid()


def main(ctx):
    with ctx.Pool(2) as procs:
        def hand_over(n):
            return procs.apply(crunch, (n,))
        with mpd.Pool(3) as threads:
            results = threads.map(hand_over, [10, 20, 30])
        parent = os.getpid()
        for n, total, pid in results:
            print(n, total, "in parent" if pid == parent else "in a worker process", flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
