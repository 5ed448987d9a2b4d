"""The documented pitfall: the parent joins a child that put a large item nobody has read yet. It hangs
(mp-tutor's watchdog ends it)."""
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
    p.join()
    print(len(q.get()))
