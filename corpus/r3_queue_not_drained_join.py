"""The documented deadlock: a child puts a large item on a Queue and the parent join()s before get()."""
import multiprocessing as mp
import sys


def child(q):
    q.put("x" * 200_000)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    p.join()                 # hangs: the child's feeder thread cannot flush 200 kB into the pipe
    print(len(q.get()))
