"""pool-callback changed: the callback submits a follow-up with pool.apply(). The callback runs on the
pool's result-handler thread, the only thread that could deliver apply()'s result: it waits forever."""
import multiprocessing as mp
import sys
import time

pool = None


def square(n):
    time.sleep(0.1)
    return n * n


def follow_up(result):
    print(f"callback got {result}; asking for its double", flush=True)
    doubled = pool.apply(square, (result * 2,))
    print(f"follow-up {doubled}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    pool.apply_async(square, (3,), callback=follow_up)
    pool.close()
    pool.join()
    print("main: done", flush=True)
