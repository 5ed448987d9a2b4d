"""A Queue made at module level and used as a global: under fork the child shares the parent's queue; under
spawn and forkserver the child re-imports the module and puts on a queue of its own, so the parent's get()
waits forever."""
import multiprocessing as mp
import sys

results = mp.Queue()


def work(n):
    results.put(n * n)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1], force=True)
    p = mp.Process(target=work, args=(7,))
    p.start()
    p.join()
    print("result:", results.get(), flush=True)
