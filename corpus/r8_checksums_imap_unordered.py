"""File checksums with Pool.imap_unordered(chunksize=2) and functools.partial over temp files (a Cookbook-style utility)."""
import functools
import hashlib
import os
import sys
import tempfile
import multiprocessing as mp


def checksum(path, algo="sha256"):
    h = hashlib.new(algo)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(4096), b""):
            h.update(block)
    return os.path.basename(path), h.hexdigest()[:12]


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i in range(6):
            p = os.path.join(d, f"file{i}.bin")
            with open(p, "wb") as f:
                f.write(bytes([i]) * (10000 * (i + 1)))
            paths.append(p)
        with mp.Pool(processes=3) as pool:
            results = dict(pool.imap_unordered(functools.partial(checksum, algo="md5"), paths, chunksize=2))
    for name in sorted(results):
        print(name, results[name])
