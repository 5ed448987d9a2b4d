"""Resize a batch of images with executor.map(timeout=1.2). One image is huge, so iterating the results
raises TimeoutError; the script then shuts the pool down with wait=False, cancel_futures=True and exits."""
import multiprocessing as mp
import sys
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def resize(size_mb):
    time.sleep(0.15 * size_mb)
    return f"{size_mb}MB→thumb"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    sizes = [1, 2, 1, 12, 1, 2, 1, 1, 2, 1]
    pool = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    done = []
    started = time.monotonic()
    try:
        for thumb in pool.map(resize, sizes, timeout=1.2):
            done.append(thumb)
            print(f"{time.monotonic() - started:4.1f}s {thumb}", flush=True)
    except TimeoutError:
        print(f"map timed out after {len(done)} of {len(sizes)} images", flush=True)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        print("shutdown(wait=False, cancel_futures=True) returned", flush=True)
    print("exiting; the interpreter's exit hook waits for the running resize")
