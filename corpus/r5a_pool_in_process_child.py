"""A Process child that makes its own Pool (a child can: only a Pool's own workers are daemons)."""
import multiprocessing as mp
import sys


def half(x):
    return x / 2


def child(q):
    with mp.Pool(2) as pool:
        q.put(pool.map(half, [2, 4, 6]))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print("child exit", p.exitcode)
