"""A thumbnail batch as written at work: Pool(2).imap_unordered over image names with a progress line.
One 'image' is huge: its worker grows a buffer and is then killed by SIGKILL, as the kernel's OOM killer
does (here the worker sends it to itself, so the run is the same every time). The pool replaces the
worker, but the task it held is lost: the for loop waits for a sixth result that never comes."""
import multiprocessing as mp
import os
import signal
import sys
import time

IMAGES = ["cat.jpg", "dog.jpg", "panorama_40000x30000.tif", "bird.jpg", "tree.jpg", "boat.jpg"]


def make_thumbnail(name):
    if name.startswith("panorama"):
        pixels = bytearray(64 * 1024 * 1024)     # "decoding" the whole image first
        pixels[::4096] = b"\xff" * len(pixels[::4096])
        os.kill(os.getpid(), signal.SIGKILL)    # what the OOM killer does to the biggest process
    time.sleep(0.3)
    return name, f"thumbs/{name.rsplit('.', 1)[0]}_128.png"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    done = 0
    with ctx.Pool(2) as pool:
        for name, thumb in pool.imap_unordered(make_thumbnail, IMAGES):
            done += 1
            print(f"[{done}/{len(IMAGES)}] {name} -> {thumb}", flush=True)
    print("all thumbnails written")
