"""A spawn context beside the default one: a spawn Process and a default Process share one Queue."""
import multiprocessing as mp
import sys


def hello(q, tag):
    q.put((tag, mp.current_process().name))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    spawn = mp.get_context("spawn")
    q = spawn.Queue()
    a = spawn.Process(target=hello, args=(q, "spawn"))
    b = mp.Process(target=hello, args=(q, mp.get_start_method()))
    a.start()
    b.start()
    print(sorted(q.get() for _ in range(2)))
    a.join()
    b.join()
