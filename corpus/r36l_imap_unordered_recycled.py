"""3,000 small hashes through imap_unordered on 8 workers that each retire after 50 tasks (maxtasksperchild=50):
with chunksize=1 a worker's "task" is one item, so about 3000 / 50 = 60 workers are made in all. Each result carries
the pid that made it, so the program counts the distinct workers itself."""
import hashlib
import multiprocessing as mp
import os
import sys


def digest(i):
    return os.getpid(), hashlib.sha256(str(i).encode()).hexdigest()[:8]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pids = set()
    count = 0
    with ctx.Pool(8, maxtasksperchild=50) as pool:
        for pid, _ in pool.imap_unordered(digest, range(3000)):
            pids.add(pid)
            count += 1
    print("results:", count)
    print("distinct worker pids:", len(pids))
