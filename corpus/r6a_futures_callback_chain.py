"""A done-callback submits a second stage for each first-stage result (a two-stage pipeline on one executor)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import threading


def download(n):
    return list(range(n))


def parse(data):
    return sum(data)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    results = []
    second = []
    lock = threading.Lock()
    all_done = threading.Event()

    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        def stage_two_done(fut):
            with lock:
                results.append(fut.result())
                if len(results) == 4:
                    all_done.set()

        def stage_one_done(fut):
            nxt = ex.submit(parse, fut.result())
            with lock:
                second.append(nxt)
            nxt.add_done_callback(stage_two_done)

        for n in (3, 5, 7, 9):
            ex.submit(download, n).add_done_callback(stage_one_done)
        all_done.wait(timeout=10)
    print(sorted(results))
