"""A ThreadPoolExecutor in each process of a multiprocessing Pool: the Pool's initializer makes it a
global of the worker (a pattern for I/O inside CPU-split work); each task fans three 'downloads'
(sleeps) out to its process's threads. The Pool leaves by 'with Pool() as pool:', which calls
terminate(): the thread pools are never shut down, their processes end by SIGTERM."""
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

threads = None


def init():
    global threads
    threads = ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetch")


def fetch(url):
    time.sleep(0.1)
    return "%s:%d" % (url, len(url))


def batch(urls):
    got = list(threads.map(fetch, urls))
    return os.getpid(), got


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    batches = [["a%d" % i, "bb%d" % i, "ccc%d" % i] for i in range(4)]
    with ctx.Pool(2, initializer=init) as pool:
        out = pool.map(batch, batches)
    print("results:", [got for _, got in out], flush=True)
    print("processes:", len({pid for pid, _ in out}) <= 2, flush=True)
    print("main threads:", threading.active_count(), flush=True)
