"""Downloads run on a ThreadPoolExecutor; each download's done-callback hands the bytes to a
ProcessPoolExecutor that hashes them (a chain across two executors). The callback for the empty
file raises ValueError: concurrent.futures logs it ('exception calling callback') and goes on.
The main thread waits until every download has been handled, then for the hash futures."""
import hashlib
import multiprocessing
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, wait

FILES = {"a.csv": b"x" * 3000, "b.csv": b"y" * 1000, "empty.csv": b"", "c.csv": b"z" * 2000}


def download(name):
    time.sleep(len(FILES[name]) / 10000)
    return name, FILES[name]


def digest(name, data):
    return name, hashlib.sha256(data).hexdigest()[:12]


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    hashes, lock, handled = [], threading.Lock(), threading.Semaphore(0)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as cpu, ThreadPoolExecutor(max_workers=3) as io:

        def hand_off(fut):
            try:
                name, data = fut.result()
                if not data:
                    raise ValueError(f"{name} is empty, nothing to hash")
                with lock:
                    hashes.append(cpu.submit(digest, name, data))
            finally:
                handled.release()

        for name in FILES:
            io.submit(download, name).add_done_callback(hand_off)
        for _ in FILES:
            handled.acquire()
        done, not_done = wait(hashes, timeout=20)
        print(f"{len(done)} hashed, {len(not_done)} not done")
    for name, h in sorted(f.result() for f in hashes):
        print(name, h)
