"""The main process never calls join(): multiprocessing's exit function joins the non-daemon children."""
import multiprocessing as mp
import sys
import time


def work(n):
    time.sleep(0.2 * n)
    print("child", n, "finished", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for n in (1, 2):
        mp.Process(target=work, args=(n,)).start()
    print("main is at its last line")
