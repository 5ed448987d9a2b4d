"""queue-basics, changed twice: the learner swaps Queue() for Manager().Queue() and gives the workers'
get() a timeout=0.6. One worker takes the last item; the other's get() raises queue.Empty, uncaught."""
import multiprocessing as mp
import sys
import time


def worker(name, jobs, results):
    while True:
        item = jobs.get(timeout=0.6)     # the learner's change: no sentinel, a timeout instead
        time.sleep(0.1)
        results.put(f"{name} did {item}")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as manager:
        jobs = manager.Queue()           # the learner's change: was mp.Queue()
        results = manager.Queue()
        for item in range(5):
            jobs.put(item)
        workers = [mp.Process(target=worker, args=(f"w{i}", jobs, results), name=f"w{i}") for i in (1, 2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        done = []
        while not results.empty():
            done.append(results.get())
        print(f"main: {len(done)} results: {sorted(done)}")
        print(f"main: exit codes {[w.exitcode for w in workers]}")


if __name__ == "__main__":
    main()
