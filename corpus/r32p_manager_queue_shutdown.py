"""A crawler's URL frontier on a Manager queue: two fetchers take URLs until the queue ends. On 3.13+ the
producer calls shutdown() on the queue (queue.Queue.shutdown, reached through the manager's proxy) and the
fetchers stop at queue.ShutDown; before 3.13 there is no shutdown(), so it puts one None per fetcher."""
import multiprocessing as mp
import queue
import sys

HAS_SHUTDOWN = sys.version_info >= (3, 13)

def fetcher(name, frontier, results):
    done = 0
    while True:
        try:
            url = frontier.get(timeout=5)
        except queue.Empty:
            results.put((name, done, "gave up waiting"))
            return
        except Exception as e:          # queue.ShutDown arrives through the proxy on 3.13
            results.put((name, done, type(e).__name__))
            return
        if url is None:
            results.put((name, done, "sentinel"))
            return
        done += 1

if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as manager:
        frontier = manager.Queue()
        results = ctx.Queue()
        workers = [ctx.Process(target=fetcher, args=(f"f{i}", frontier, results)) for i in range(2)]
        for w in workers:
            w.start()
        for n in range(10):
            frontier.put(f"https://example.org/page/{n}")
        if HAS_SHUTDOWN:
            frontier.shutdown()
        else:
            for _ in workers:
                frontier.put(None)
        got = sorted(results.get(timeout=10) for _ in workers)
        for w in workers:
            w.join()
    total = sum(done for _, done, _ in got)
    print("fetched", total, "pages; how each fetcher stopped:", sorted({how for _, _, how in got}), flush=True)
