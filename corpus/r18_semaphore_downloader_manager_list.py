"""Course exercise: a "downloader" of six fake URLs, one process each, at most two downloading at a time
(a Semaphore(2)); each appends (url, size) to a Manager().list() the parent prints at the end."""
import multiprocessing as mp
import sys
import time

URLS = ["https://example.org/%s" % n for n in ("a", "bb", "ccc", "dddd", "eeeee", "ffffff")]


def download(url, slots, results):
    with slots:
        start = time.monotonic()
        time.sleep(0.15)  # the "network"
        results.append((url, len(url) * 100, round(time.monotonic() - start, 2)))


def main(ctx):
    slots = ctx.Semaphore(2)
    with ctx.Manager() as manager:
        results = manager.list()
        ps = [ctx.Process(target=download, args=(u, slots, results), name="dl-%d" % i) for i, u in enumerate(URLS)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        got = list(results)
    print("%d downloads" % len(got), flush=True)
    for url, size, secs in sorted(got):
        print(url, size, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
