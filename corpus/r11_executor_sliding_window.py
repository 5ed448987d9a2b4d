"""Bounded submission ("don't submit a million futures at once"): keep at most 3 work items in
flight, wait(FIRST_COMPLETED) for one to finish, then submit the next input."""
import concurrent.futures as cf
import itertools
import multiprocessing as mp
import sys
import time


def crunch(n):
    time.sleep(0.05 * (n % 3 + 1))
    return n * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    inputs = iter(range(8))
    total = 0
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        in_flight = {ex.submit(crunch, n) for n in itertools.islice(inputs, 3)}
        while in_flight:
            done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            for f in done:
                total += f.result()
            for n in itertools.islice(inputs, len(done)):
                in_flight.add(ex.submit(crunch, n))
    print("total", total)
