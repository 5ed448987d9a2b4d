"""A pretend web crawler: fetch 12 'pages' on a pool of 4, each fetch sleeping like network I/O."""
from multiprocessing import Pool
import time

PAGES = [f"https://example.org/page/{i}" for i in range(12)]


def fetch(url):
    n = int(url.rsplit("/", 1)[1])
    time.sleep(0.03 + 0.02 * (n % 4))
    return url, 200, 1000 + n


if __name__ == "__main__":
    t0 = time.time()
    with Pool(processes=4) as pool:
        for url, status, size in pool.imap_unordered(fetch, PAGES):
            print(status, size, url)
    print("done")
