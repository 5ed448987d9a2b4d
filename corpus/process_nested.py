"""A child starts two grandchildren and joins them."""
import multiprocessing as mp
import sys
import time


def grandchild(n):
    time.sleep(0.05 * n)


def child():
    kids = [mp.Process(target=grandchild, args=(n,)) for n in (1, 2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    print("grandchildren ended with", [k.exitcode for k in kids])


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=child)
    p.start()
    p.join()
