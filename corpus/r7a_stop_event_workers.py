"""A graceful stop: workers poll a task queue with get(timeout) until the parent sets a stop Event."""
import multiprocessing as mp
import queue
import sys
import time


def worker(tasks, stop, done):
    handled = 0
    while not stop.is_set():
        try:
            n = tasks.get(timeout=0.1)
        except queue.Empty:
            continue
        time.sleep(0.05)
        handled += 1
    done.put((mp.current_process().name, handled))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    tasks, done, stop = mp.Queue(), mp.Queue(), mp.Event()
    procs = [mp.Process(target=worker, args=(tasks, stop, done)) for _ in range(2)]
    for p in procs:
        p.start()
    for n in range(6):
        tasks.put(n)
    time.sleep(0.6)
    stop.set()
    print(sorted(done.get() for _ in procs))
    for p in procs:
        p.join()
    print("exitcodes", [p.exitcode for p in procs])
