"""A progress counter as posted on Q&A sites: Pool workers get a Value through the initializer and do
counter.value += 1 after each item; a thread in the parent prints the progress while map_async runs.
First round without get_lock() (each read and each write take the Value's lock, the += between them
does not), then with 'with counter.get_lock():' around it."""
import multiprocessing as mp
import sys
import threading
import time

counter = None
STEPS = 100


def init(c):
    global counter
    counter = c


def work(x, locked):
    for _ in range(STEPS):
        if locked:
            with counter.get_lock():
                counter.value += 1
        else:
            counter.value += 1
    return x * x


def work_unlocked(x):
    return work(x, False)


def work_locked(x):
    return work(x, True)


def show_progress(c, done, total):
    while not done.is_set():
        print("progress %d/%d" % (c.value, total), flush=True)
        done.wait(0.2)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for fn in (work_unlocked, work_locked):
        c = mp.Value("i", 0)
        done = threading.Event()
        t = threading.Thread(target=show_progress, args=(c, done, 8 * STEPS), name="progress")
        t.start()
        with mp.Pool(2, initializer=init, initargs=(c,)) as pool:
            res = pool.map_async(fn, range(8))
            out = res.get(timeout=20)
        done.set()
        t.join()
        print("%s: results %s, counter %d of %d, exact %s"
              % (fn.__name__, out, c.value, 8 * STEPS, c.value == 8 * STEPS), flush=True)
