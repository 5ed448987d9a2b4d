"""Resize 'images' in a Pool; each task reports progress on a Manager().Queue() (a plain
Queue cannot be passed to pool workers as an argument), and a collector thread in the parent
prints the progress until a None says the pool is done."""
import multiprocessing as mp
import sys
import threading
import time


def resize(args):
    name, size, progress = args
    for step in (1, 2):
        time.sleep(0.01 * size)
        progress.put((name, step))
    return name, size // 2


def collect(progress, seen):
    for name, step in iter(progress.get, None):
        seen.append((name, step))
        print(f"  progress: {name} step {step}/2", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as manager:
        progress, seen = manager.Queue(), []
        collector = threading.Thread(target=collect, args=(progress, seen), name="collector")
        collector.start()
        images = [("a.png", 4), ("b.png", 2), ("c.png", 6), ("d.png", 2)]
        with ctx.Pool(2) as pool:
            results = pool.map(resize, [(n, s, progress) for n, s in images])
        progress.put(None)
        collector.join()
    print("results:", results)
    print("progress messages:", len(seen))
