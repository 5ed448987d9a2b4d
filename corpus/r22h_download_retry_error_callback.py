"""Downloads with retries: apply_async(fetch, (url, attempt)) with an error_callback that submits the same url again
from the pool's result-handler thread, up to three attempts. "b" succeeds on its second try, "c" never does; the main
thread waits on an Event set when every url has an answer."""
import multiprocessing as mp
import sys
import threading
import time

FAILS = {"a": 0, "b": 1, "c": 9}
MAX = 3


class FetchError(Exception):
    pass


def fetch(url, attempt):
    time.sleep(0.05)
    if attempt <= FAILS[url]:
        raise FetchError("%s: attempt %d failed" % (url, attempt))
    return url, attempt


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    done = threading.Event()
    outcome = {}
    lock = threading.Lock()
    pool = ctx.Pool(2)

    def finish(url, what):
        with lock:
            outcome[url] = what
            if len(outcome) == len(FAILS):
                done.set()

    def submit(url, attempt):
        pool.apply_async(fetch, (url, attempt),
                         callback=lambda r: finish(r[0], "ok on try %d" % r[1]),
                         error_callback=lambda e: retry(url, attempt, e))

    def retry(url, attempt, err):
        print("failed:", err, flush=True)
        if attempt < MAX:
            submit(url, attempt + 1)
        else:
            finish(url, "gave up after %d tries" % attempt)

    for url in FAILS:
        submit(url, 1)
    print("all answered:", done.wait(10), flush=True)
    pool.close()
    pool.join()
    for url in sorted(outcome):
        print(url, outcome[url], flush=True)


if __name__ == "__main__":
    main()
