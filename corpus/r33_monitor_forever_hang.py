"""A progress monitor Process that prints a shared counter every 0.5 s in a `while True` loop.
The workers finish and are joined, the parent prints the total and reaches the end of the script,
but the monitor is not a daemon and is never stopped: the exit waits for it (the watchdog ends it)."""
import multiprocessing as mp
import sys
import time


def work(counter, n):
    for _ in range(n):
        time.sleep(0.01)
        with counter.get_lock():
            counter.value += 1


def monitor(counter):
    while True:
        print(f"progress: {counter.value}", flush=True)
        time.sleep(0.5)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    counter = ctx.Value("i", 0)
    mon = ctx.Process(target=monitor, args=(counter,), name="monitor")
    mon.start()
    workers = [ctx.Process(target=work, args=(counter, 20)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"total: {counter.value}", flush=True)
