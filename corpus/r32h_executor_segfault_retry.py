"""Thumbnails made by a ProcessPoolExecutor; one "image" crashes its worker with a segfault (a C library bug,
played here by ctypes.string_at(0)).

The learner catches BrokenProcessPool per future and submits the failed ones again to the same executor: submit()
raises BrokenProcessPool too. A second executor, skipping the bad image, finishes the rest.
"""
import concurrent.futures as cf
import ctypes
import multiprocessing as mp
import sys
import time


def thumbnail(name):
    if name == "corrupt.png":
        ctypes.string_at(0)              # SIGSEGV in the worker
    time.sleep(0.2)
    return name, len(name) * 16


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    names = ["a.png", "b.png", "corrupt.png", "c.png", "d.png"]
    retry, made = [], {}
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        futures = {pool.submit(thumbnail, n): n for n in names}
        for fut in cf.as_completed(futures):
            try:
                name, size = fut.result()
                made[name] = size
            except cf.process.BrokenProcessPool:
                retry.append(futures[fut])
        print("broken; to retry:", sorted(retry))
        try:
            pool.submit(thumbnail, retry[0])
        except cf.process.BrokenProcessPool as exc:
            print("submit on the same executor:", type(exc).__name__)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        for name, size in pool.map(thumbnail, [n for n in sorted(retry) if n != "corrupt.png"]):
            made[name] = size
    print("made:", sorted(made), "skipped: corrupt.png")
