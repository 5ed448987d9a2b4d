"""A background 'uploader' made a daemon so that it "won't block the exit". The parent queues
six files, prints that all are queued and returns: at exit multiprocessing terminates the daemon
with files still queued. The uploader writes each finished upload to a file the parent reads."""
import multiprocessing as mp
import os
import sys
import tempfile
import time


def uploader(q, done_path):
    while True:
        name = q.get()
        time.sleep(0.3)                      # the "upload"
        with open(done_path, "a") as f:
            f.write(name + "\n")
        print(f"uploaded {name}")            # no flush: may die in the buffer


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    done_path = os.path.join(tempfile.mkdtemp(), "done.txt")
    q = ctx.Queue()
    up = ctx.Process(target=uploader, args=(q, done_path), daemon=True)
    up.start()
    for i in range(6):
        q.put(f"report{i}.pdf")
    time.sleep(0.8)
    done = open(done_path).read().split() if os.path.exists(done_path) else []
    print(f"all 6 queued; {len(done)} uploaded so far; exiting", flush=True)
