"""A learner's loop: start() then join() each process in the same loop, so they run one after another."""
import multiprocessing as mp
import sys
import time


def work(n):
    time.sleep(0.3)
    print("worker", n, "done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    t0 = time.perf_counter()
    for n in range(3):
        p = mp.Process(target=work, args=(n,))
        p.start()
        p.join()
    print(f"took {time.perf_counter() - t0:.1f} s", flush=True)
