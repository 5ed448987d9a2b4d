"""A script that 'downloads' a list of pages in a ProcessPoolExecutor and parses them as they arrive, with an overall
deadline: as_completed(..., timeout=3.0) raises TimeoutError while two downloads are still running. The script reports
what it got, then shuts the pool down with shutdown(wait=False, cancel_futures=True) and leaves."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time

PAGES = {"index": 0.1, "about": 0.2, "news": 0.3, "archive": 5.0, "search": 4.5, "faq": 0.2, "blog": 0.4}


def download(name):
    time.sleep(PAGES[name])
    return name, f"<html><title>{name}</title>" + "x" * 100 + "</html>"


def parse_title(html):
    return html.split("<title>")[1].split("</title>")[0]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = cf.ProcessPoolExecutor(max_workers=3, mp_context=ctx)
    futures = {pool.submit(download, name): name for name in PAGES}
    got = []
    try:
        for fut in cf.as_completed(futures, timeout=3.0):
            name, html = fut.result()
            got.append(parse_title(html))
            print(f"parsed {name}: {len(html)} bytes", flush=True)
    except cf.TimeoutError:
        late = sorted(name for fut, name in futures.items() if not fut.done())
        print(f"deadline hit; still waiting for {late}", flush=True)
    pool.shutdown(wait=False, cancel_futures=True)
    states = sorted(f"{name}:{'cancelled' if fut.cancelled() else 'done' if fut.done() else 'running'}"
                    for fut, name in futures.items())
    print("after shutdown:", " ".join(states), flush=True)
    print("titles:", sorted(got))
