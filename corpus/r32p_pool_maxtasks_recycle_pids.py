"""Image thumbnailer with a leaky decoder: Pool(2, maxtasksperchild=3) recycles each worker after three
images. The script counts the images each worker process served: with chunksize=1 no worker does more than
three, so at least four different workers are used (how the twelve split varies from run to run)."""
import collections
import multiprocessing as mp
import os
import sys
import time

def thumbnail(n):
    time.sleep(0.02)
    return n, os.getpid()

if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2, maxtasksperchild=3) as pool:
        done = list(pool.imap(thumbnail, range(12), chunksize=1))
    per_worker = collections.Counter(pid for _, pid in done)
    print("images:", len(done), flush=True)
    print("at least four workers used (12 images / 3 each):", len(per_worker) >= 4, flush=True)
    print("no worker did more than 3:", max(per_worker.values()) <= 3, flush=True)
