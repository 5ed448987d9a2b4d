"""A two-stage crawler: each ProcessPoolExecutor task 'fetches' a site's pages with its own ThreadPoolExecutor (I/O in
threads inside the worker process), and a done-callback in the main process submits the parse stage for each site as
soon as its fetch finishes. The main waits until every parse is done."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import threading
import time

SITES = {"alpha": 3, "beta": 2, "gamma": 4}


def fetch_page(site, n):
    time.sleep(0.05 * (n + 1))
    return f"{site}/page{n}"


def fetch_site(site, pages):
    with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix=f"fetch-{site}") as tp:
        got = list(tp.map(fetch_page, [site] * pages, range(pages)))
    return site, got, os.getpid()


def parse_site(site, urls):
    return site, sum(len(u) for u in urls)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    parses = []
    lock = threading.Lock()
    all_submitted = threading.Event()
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        def on_fetched(fut):
            site, urls, pid = fut.result()
            print(f"fetched {site}: {len(urls)} pages", flush=True)
            with lock:
                parses.append(ex.submit(parse_site, site, urls))
                if len(parses) == len(SITES):
                    all_submitted.set()

        for site, pages in SITES.items():
            ex.submit(fetch_site, site, pages).add_done_callback(on_fetched)
        all_submitted.wait(timeout=8)
        for fut in cf.as_completed(parses):
            site, total = fut.result()
            print(f"parsed {site}: {total} chars")
