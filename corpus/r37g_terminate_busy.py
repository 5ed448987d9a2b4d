"""terminate() of a child stuck in a busy loop, as the tutorials show it: look at is_alive()
before starting, after starting, right after terminate() and after join(), then read exitcode."""
import multiprocessing
import sys
import time


def slow_worker():
    print("Starting worker", flush=True)
    n = 0
    while True:
        n += 1
        if n % 5_000_000 == 0:
            time.sleep(0)
    print("Finished worker")  # never reached


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    p = multiprocessing.Process(target=slow_worker)
    print("BEFORE:", p, p.is_alive())
    p.start()
    print("DURING:", p.is_alive())
    time.sleep(0.5)
    p.terminate()
    print("TERMINATED:", p.is_alive())
    p.join()
    print("JOINED:", p, p.is_alive())
    print("exitcode =", p.exitcode)
