"""Forum question: "why is my code slower with multiprocessing?". Each task adds one to a
number: far less work than sending it to a worker and its result back, and chunksize=1 sends
every one of the 300 numbers on its own."""
import multiprocessing as mp
import sys
import time


def add_one(x):
    return x + 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    numbers = list(range(300))
    t0 = time.perf_counter()
    serial = [add_one(x) for x in numbers]
    serial_s = time.perf_counter() - t0
    with ctx.Pool(4) as pool:
        t0 = time.perf_counter()
        parallel = pool.map(add_one, numbers, chunksize=1)
        pool_s = time.perf_counter() - t0
    print("same results:", serial == parallel)
    print("the pool was slower:", pool_s > serial_s)
