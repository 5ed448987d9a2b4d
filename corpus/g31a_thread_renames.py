"""A download checker: each worker process starts a few threads that name themselves after the URL they check, the
main thread calls itself "coordinator", one thread is renamed by the one that started it, one is named before start()
(gaps 31A: a thread renamed after its start keeps its lane and start row under the name it started with)."""
import multiprocessing as mp
import threading
import time

URLS = {"site-a": ["/", "/about"], "site-b": ["/", "/news", "/contact"]}


def check(path, results):
    threading.current_thread().name = f"check {path}"      # a name that says what it does, set once it runs
    time.sleep(0.05 * len(path))
    results.append((path, 200))


def check_site(site, paths, out):
    results = []
    threads = [threading.Thread(target=check, args=(p, results)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.put((site, sorted(results)))


if __name__ == "__main__":
    threading.current_thread().name = "coordinator"
    out = mp.Queue()
    procs = [mp.Process(target=check_site, args=(s, p, out), name=s) for s, p in URLS.items()]
    for p in procs:
        p.start()
    ticker = threading.Thread(target=time.sleep, args=(0.4,), daemon=True)
    ticker.start()
    ticker.name = "ticker"                                  # renamed by the thread that started it
    watcher = threading.Thread(target=lambda: time.sleep(0.1))
    watcher.name = "watcher"                                # before start(): nothing to tie
    watcher.start()
    for _ in procs:
        site, results = out.get()
        print(site, results)
    for p in procs:
        p.join()
    watcher.join()
    ticker.join()
    print("threads named", threading.current_thread().name, ticker.name, watcher.name)
