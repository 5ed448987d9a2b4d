"""A SimpleQueue (no feeder thread, no timeout) shared by three consumers; the producer (the parent)
puts 12 jobs, then one None sentinel per consumer. Each consumer reports how many it took through
a second SimpleQueue."""
import multiprocessing as mp
import sys
import time


def consumer(jobs, done, name):
    n = 0
    while True:
        item = jobs.get()
        if item is None:
            break
        time.sleep(0.02)
        n += 1
    done.put((name, n))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    jobs, done = mp.SimpleQueue(), mp.SimpleQueue()
    procs = [mp.Process(target=consumer, args=(jobs, done, "c%d" % i)) for i in range(3)]
    for p in procs:
        p.start()
    for i in range(12):
        jobs.put(i)
    for _ in procs:
        jobs.put(None)
    counts = dict(done.get() for _ in procs)
    for p in procs:
        p.join()
    print("taken:", sum(counts.values()), "of 12; empty:", jobs.empty())
