"""The classic: a child and Pool workers change a global list and counter; the parent's copies never change."""
import multiprocessing as mp
import sys

results = []
counter = 0


def add(x):
    global counter
    results.append(x)
    counter += 1
    return len(results)


def child():
    add(100)
    print("child sees", results, counter, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=child)
    p.start()
    p.join()
    with mp.Pool(2) as pool:
        lens = pool.map(add, range(6), chunksize=1)
    print("worker list lengths", sorted(lens))
    print("parent sees", results, counter)
