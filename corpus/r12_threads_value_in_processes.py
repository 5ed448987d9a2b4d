"""Two processes, each with three threads, increment one shared Value 200 times per thread:
first with `v.value += 1` (a read and a write, each under the Value's lock, but not the two together:
updates get lost across threads and processes), then under `with v.get_lock():` (none lost)."""
import multiprocessing as mp
import sys
import threading


def bump(v, n, locked):
    for _ in range(n):
        if locked:
            with v.get_lock():
                v.value += 1
        else:
            v.value += 1


def worker(v, n, locked):
    threads = [threading.Thread(target=bump, args=(v, n, locked)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for locked in (False, True):
        v = mp.Value("i", 0)
        procs = [mp.Process(target=worker, args=(v, 200, locked)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("locked" if locked else "unlocked", "total:", v.value, "of", 2 * 3 * 200,
              "(lost none)" if v.value == 1200 else "(lost some)", flush=True)
