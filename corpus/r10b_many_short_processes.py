"""64 short Process objects started in a loop, then joined in a second loop; each puts its square on a Queue,
read before the joins."""
import multiprocessing as mp
import sys


def square(n, q):
    q.put((n, n * n))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    procs = [mp.Process(target=square, args=(n, q)) for n in range(64)]
    for p in procs:
        p.start()
    results = dict(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(len(results), "results, sum", sum(results.values()),
          "exit codes", sorted(set(p.exitcode for p in procs)), flush=True)
