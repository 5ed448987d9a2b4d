"""Resizing 40 'images' with a Pool: each task bumps a shared Value under its lock, and a
progress thread in the parent polls that Value every 50 ms and prints a line when it moved,
until the main thread sets an Event after imap_unordered (chunksize=4) is drained."""
import multiprocessing as mp
import sys
import threading
import time

done = None


def init(counter):
    global done
    done = counter


def resize(i):
    time.sleep(0.01)
    with done.get_lock():
        done.value += 1
    return i, (i * 37) % 100


def progress(counter, total, stop):
    last = -1
    while not stop.wait(0.05):
        now = counter.value
        if now != last:
            print(f"progress {now}/{total}", flush=True)
            last = now
    print(f"progress {counter.value}/{total} (final)", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    counter = ctx.Value("i", 0)
    stop = threading.Event()
    bar = threading.Thread(target=progress, args=(counter, 40, stop), name="progress")
    bar.start()
    with ctx.Pool(3, initializer=init, initargs=(counter,)) as pool:
        sizes = dict(pool.imap_unordered(resize, range(40), chunksize=4))
    stop.set()
    bar.join()
    print("resized", len(sizes), "images, total size", sum(sizes.values()))
