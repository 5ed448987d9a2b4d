"""A Barrier(3) whose parties arrive at different times, a BoundedSemaphore(2) shared by four children
that take it with acquire(timeout) and retry, and an RLock taken twice by each."""
import multiprocessing as mp
import sys
import time


def party(bar, sem, rlock, i):
    time.sleep(0.1 * i)
    bar.wait(timeout=5)
    while not sem.acquire(timeout=0.05):
        pass
    try:
        with rlock:
            with rlock:
                time.sleep(0.1)
    finally:
        sem.release()
    print(f"party {i} done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    bar, sem, rlock = mp.Barrier(4), mp.BoundedSemaphore(2), mp.RLock()
    ps = [mp.Process(target=party, args=(bar, sem, rlock, i)) for i in range(3)]
    for p in ps:
        p.start()
    bar.wait(timeout=5)
    for p in ps:
        p.join()
    print("exit codes", [p.exitcode for p in ps])
