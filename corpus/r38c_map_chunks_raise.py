"""Resize 'images' with executor.map(..., chunksize=3, timeout=5): one image is corrupt and its call raises. The results
before it come out of the iterator; the next() that reaches it raises the error; the rest of the results are never read.
The with block still waits for every chunk."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def resize(item):
    name, size = item
    time.sleep(0.05)
    if size < 0:
        raise OSError(f"{name}: corrupt header")
    return name, size // 2


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    images = [(f"img{i:02}.png", 100 * (i + 1)) for i in range(10)]
    images[4] = ("img04.png", -1)
    resized = []
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        results = ex.map(resize, images, timeout=5, chunksize=3)
        try:
            for name, half in results:
                resized.append(name)
                print(f"resized {name} -> {half}", flush=True)
        except OSError as exc:
            print("stopped at:", exc, flush=True)
    print(f"{len(resized)} of {len(images)} resized")
