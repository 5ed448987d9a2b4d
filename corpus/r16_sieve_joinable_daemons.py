"""Primes over chunks with a JoinableQueue: the parent puts (lo, hi) chunks, daemon workers count primes,
put the count on a result Queue and call task_done(); the parent waits with tasks.join() and never sends
a sentinel: the workers are still in get() when the main code ends and are terminated at exit."""
import multiprocessing as mp
import sys


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def worker(tasks, results):
    while True:
        lo, hi = tasks.get()
        results.put((lo, sum(1 for n in range(lo, hi) if is_prime(n))))
        tasks.task_done()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    tasks, results = mp.JoinableQueue(), mp.Queue()
    for i in range(2):
        mp.Process(target=worker, args=(tasks, results), daemon=True, name="sieve-%d" % i).start()
    chunks = [(lo, lo + 500) for lo in range(0, 3000, 500)]
    for c in chunks:
        tasks.put(c)
    tasks.join()
    got = sorted(results.get() for _ in chunks)
    print("primes below 3000:", sum(n for _, n in got), got, flush=True)
