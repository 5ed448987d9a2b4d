"""A downloader split over two worker processes; each process fetches its URLs with its own
ThreadPoolExecutor (sleep stands in for the network) and logs through a QueueHandler onto one
multiprocessing Queue that a QueueListener thread in the parent prints. Sizes come back on a
second Queue; one URL times out (raises) and is logged as a warning, not returned."""
import concurrent.futures as cf
import logging
import logging.handlers
import multiprocessing as mp
import sys
import time


def fetch(url):
    time.sleep(0.05)
    if "slow" in url:
        raise TimeoutError(f"{url} took too long")
    return url, len(url) * 100


def worker(urls, log_q, result_q):
    logging.getLogger().handlers[:] = [logging.handlers.QueueHandler(log_q)]
    logging.getLogger().setLevel(logging.INFO)
    log = logging.getLogger("fetch")
    sizes = {}
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        for fut in cf.as_completed([ex.submit(fetch, u) for u in urls]):
            try:
                url, size = fut.result()
                sizes[url] = size
                log.info("got %s (%d bytes)", url, size)
            except TimeoutError as e:
                log.warning("gave up: %s", e)
    result_q.put(sizes)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    log_q, result_q = ctx.Queue(), ctx.Queue()
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(processName)s %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(log_q, handler)
    listener.start()
    batches = [["a.com/1", "a.com/2", "slow.org/3"], ["b.net/4", "b.net/5"]]
    procs = [ctx.Process(target=worker, args=(b, log_q, result_q), name=f"dl-{i}")
             for i, b in enumerate(batches)]
    for p in procs:
        p.start()
    total = {}
    for _ in procs:
        total.update(result_q.get(timeout=10))
    for p in procs:
        p.join()
    listener.stop()
    print("downloaded", len(total), "of", sum(map(len, batches)), "bytes", sum(total.values()))
