"""ThreadPoolExecutor to 'download', ProcessPoolExecutor to crunch, as many scripts do."""
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed
import time


def download(i):
    time.sleep(0.02 * (3 - i % 3))
    return list(range(i * 1000, i * 1000 + 500))


def crunch(data):
    return sum(x * x for x in data) % 97


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as tp:
        blobs = list(tp.map(download, range(5)))
    with ProcessPoolExecutor(max_workers=2) as pp:
        futs = {pp.submit(crunch, b): i for i, b in enumerate(blobs)}
        for f in as_completed(futs):
            print(futs[f], f.result())
