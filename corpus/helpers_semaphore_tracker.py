"""Helpers matter: under spawn/forkserver a named semaphore is registered with the resource tracker, and
forkserver children come from the fork server process."""
import multiprocessing as mp
import sys
import time


def use(sem, n):
    with sem:
        time.sleep(0.05)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    sem = mp.Semaphore(1)
    ps = [mp.Process(target=use, args=(sem, n)) for n in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("start method", mp.get_start_method(), "exitcodes", [p.exitcode for p in ps])
