"""apply_async() with a slow callback (gaps 16A): a Pool's result handler thread reads every result and runs the
callback of each job whose result it set, before it reads the next. Task 0 returns at once and its callback `save`
takes 0.4 s; tasks 1 and 2 finish meanwhile, but their results are read only after save() returns."""
import multiprocessing as mp
import sys
import time


def work(x):
    time.sleep(0.1 * x)
    return x * 10


def save(r):
    time.sleep(0.4)
    print("saved", r, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        pending = [pool.apply_async(work, (i,), callback=save) for i in range(3)]
        print([r.get() for r in pending], flush=True)
