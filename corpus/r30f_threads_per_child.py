"""Two crawler processes, each with its own ThreadPoolExecutor of 3 threads fetching 'urls'
(a sleep stands in for the network). One url in each batch raises; the child catches it per url
and sends one summary dict back on a Queue. The parent gets both summaries, then joins."""
import multiprocessing
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch(url):
    time.sleep(0.1 * (len(url) % 4 + 1))
    if "bad" in url:
        raise ConnectionResetError(f"{url}: connection reset")
    return len(url) * 100, threading.current_thread().name


def crawl(name, urls, results):
    summary = {"crawler": name, "ok": {}, "errors": [], "threads": set()}
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix=name) as pool:
        futures = {pool.submit(fetch, u): u for u in urls}
        for f in as_completed(futures):
            try:
                size, thread = f.result()
                summary["ok"][futures[f]] = size
                summary["threads"].add(thread)
            except ConnectionResetError as e:
                summary["errors"].append(str(e))
    summary["threads"] = len(summary["threads"])
    results.put(summary)


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    results = ctx.Queue()
    batches = {"north": ["a.io/x", "bad.io/1", "bb.io/yy", "c.io"],
               "south": ["d.io/zz", "e.io", "bad.io/2", "f.io/q"]}
    crawlers = [ctx.Process(target=crawl, args=(n, u, results), name=n) for n, u in batches.items()]
    for p in crawlers:
        p.start()
    for _ in crawlers:
        s = results.get(timeout=20)
        print(s["crawler"], "ok:", sorted(s["ok"]), "errors:", s["errors"], "threads used:", s["threads"])
    for p in crawlers:
        p.join()
        print(p.name, "exit code", p.exitcode)
