"""A Semaphore-limited "downloader": at most two downloads at once, simulated with sleep."""
import multiprocessing as mp
import sys
import time


def download(sem, url, results):
    with sem:
        time.sleep(0.05)
        results.put(url)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    sem = mp.Semaphore(2)
    results = mp.Queue()
    urls = [f"http://example.invalid/{i}" for i in range(5)]
    ps = [mp.Process(target=download, args=(sem, u, results)) for u in urls]
    for p in ps:
        p.start()
    got = [results.get() for _ in urls]
    for p in ps:
        p.join()
    print(len(got), "downloaded")
