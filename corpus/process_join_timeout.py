"""join(timeout) gives up while the child still runs; the parent then terminates it."""
import multiprocessing as mp
import sys
import time


def slow():
    time.sleep(10)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=slow)
    p.start()
    p.join(timeout=0.4)
    print("after join(0.4): alive =", p.is_alive(), "exitcode =", p.exitcode)
    p.terminate()
    p.join()
    print("after terminate:", p.exitcode)
