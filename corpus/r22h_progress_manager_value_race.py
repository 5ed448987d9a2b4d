"""A progress counter two ways, as gists write it: a Manager().Value bumped with `progress.value += 1` from Pool workers
(a get then a set through the proxy: updates can be lost), then a ctx.Value under get_lock() (none lost). The
parent polls the Manager counter while the map runs."""
import multiprocessing as mp
import sys
import time

TASKS = 40


def init_mgr(p):
    global progress
    progress = p


def step_mgr(i):
    time.sleep(0.005)
    progress.value += 1
    return i


def init_val(p):
    global counter
    counter = p


def step_val(i):
    time.sleep(0.005)
    with counter.get_lock():
        counter.value += 1
    return i


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as mgr:
        progress = mgr.Value("i", 0)
        with ctx.Pool(3, initializer=init_mgr, initargs=(progress,)) as pool:
            res = pool.map_async(step_mgr, range(TASKS), chunksize=2)
            while not res.ready():
                time.sleep(0.05)
            res.get()
        print("manager counter:", progress.value, "of", TASKS, flush=True)
    counter = ctx.Value("i", 0)
    with ctx.Pool(3, initializer=init_val, initargs=(counter,)) as pool:
        pool.map(step_val, range(TASKS), chunksize=2)
    print("locked counter:", counter.value, "of", TASKS, flush=True)


if __name__ == "__main__":
    main()
