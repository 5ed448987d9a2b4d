"""A child process that uses a ThreadPoolExecutor of three threads and sends the results home on a Queue."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def fetch(i):
    time.sleep(0.05 * (3 - i % 3))
    return i * i


def child(q):
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        q.put(sorted(ex.map(fetch, range(6))))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print("child sent", q.get())
    p.join()
