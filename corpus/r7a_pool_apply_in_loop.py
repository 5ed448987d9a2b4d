"""The 'why is my Pool not faster' question: apply() in a loop runs one task at a time; apply_async then get() runs them together."""
import multiprocessing as mp
import sys
import time


def work(x):
    time.sleep(0.2)
    return x * 10


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(4) as pool:
        pool.apply(work, (0,))            # warm up: every worker started
        t = time.time()
        serial = [pool.apply(work, (i,)) for i in range(4)]
        print("apply loop", serial, f"{time.time() - t:.1f}s")
        t = time.time()
        handles = [pool.apply_async(work, (i,)) for i in range(4)]
        parallel = [h.get() for h in handles]
        print("apply_async", parallel, f"{time.time() - t:.1f}s")
