"""How processes end, each way at once: imap left early inside `with Pool()` (workers terminated), starmap,
maxtasksperchild replacements, an executor's shutdown, os._exit in a child, a child killed by SIGKILL, one ended by
SIGTERM. Every recorded exit code must agree with what the parent saw."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import signal
import sys
import time


def square(x):
    return x * x


def add(a, b):
    return a + b


def leave_now(code):
    os._exit(code)


def sleep_long():
    time.sleep(30)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        for y in pool.imap(square, range(20)):
            if y > 10:
                break           # __exit__ terminates the workers
        print("starmap", pool.starmap(add, [(1, 2), (3, 4)]))
    with mp.Pool(1, maxtasksperchild=2) as pool:
        print("maxtasks", pool.map(square, range(5), chunksize=1))
        pool.close()
        pool.join()
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print("executor", list(ex.map(square, range(4))))
    quitter = mp.Process(target=leave_now, args=(7,))
    killed = mp.Process(target=sleep_long)
    termed = mp.Process(target=sleep_long)
    for p in (quitter, killed, termed):
        p.start()
    quitter.join()
    time.sleep(0.2)
    os.kill(killed.pid, signal.SIGKILL)
    termed.terminate()
    killed.join()
    termed.join()
    print("exit codes", quitter.exitcode, killed.exitcode, termed.exitcode)
