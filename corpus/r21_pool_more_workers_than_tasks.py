"""The crawler demo with Pool(6) but only two "pages": map() hands the two fetches to two of the six workers; the
other four start, never get a task, and are ended by the with-block's terminate()."""
import multiprocessing as mp
import sys
import time


def fetch(url):
    time.sleep(0.2)
    return url, len(url) * 100


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(6) as pool:
        for url, size in pool.map(fetch, ["http://a.example/1", "http://b.example/22"]):
            print(url, size, flush=True)
    print("done", flush=True)
