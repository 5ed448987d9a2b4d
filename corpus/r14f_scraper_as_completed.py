"""The web-scraper shape of the concurrent.futures docs ("ThreadPoolExecutor Example": a dict
future -> url, as_completed(), one URL that fails), with the parsing of each page moved to a
ProcessPoolExecutor: each fetch thread submits its page to the process pool and waits for the parse.
'http://bad.example' raises ConnectionError in its thread; the others are parsed in worker processes."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

URLS = ["http://a.example", "http://bad.example", "http://c.example", "http://d.example"]


def parse(page):
    time.sleep(0.1)
    return len(page.split())


def fetch_and_parse(url, procs):
    time.sleep(0.2 if "a." in url else 0.1)
    if "bad" in url:
        raise ConnectionError("cannot reach %s" % url)
    page = ("word " * (len(url) * 3)).strip()
    return procs.submit(parse, page).result()


def main(method):
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as procs:
        with ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetch") as threads:
            future_to_url = {threads.submit(fetch_and_parse, url, procs): url for url in URLS}
            for future in as_completed(future_to_url):
                url = future_to_url[future]
                try:
                    words = future.result()
                except Exception as exc:
                    print("%r generated an exception: %s" % (url, exc), flush=True)
                else:
                    print("%r page has %d words" % (url, words), flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
