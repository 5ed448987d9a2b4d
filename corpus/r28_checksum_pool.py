"""Parallel file checksummer as written at work: a few files made in a temp dir, sha256 of each
computed in a Pool with imap(chunksize=2), one file unreadable (a directory with a .dat name),
results sorted by name and printed with the byte counts."""
import hashlib
import multiprocessing as mp
import os
import sys
import tempfile


def digest(path):
    h = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(4096), b""):
                h.update(block)
                size += len(block)
    except OSError as e:
        return os.path.basename(path), None, type(e).__name__
    return os.path.basename(path), size, h.hexdigest()[:16]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with tempfile.TemporaryDirectory() as tmp:
        for i, n in enumerate((0, 10, 5000, 12345, 1)):
            with open(os.path.join(tmp, f"file{i}.dat"), "wb") as f:
                f.write(bytes(range(256)) * (n // 256) + b"x" * (n % 256))
        os.mkdir(os.path.join(tmp, "broken.dat"))
        paths = sorted(os.path.join(tmp, name) for name in os.listdir(tmp))
        with ctx.Pool(3) as pool:
            results = list(pool.imap(digest, paths, chunksize=2))
    bad = 0
    for name, size, value in sorted(results):
        if size is None:
            bad += 1
            print(f"{name:12} FAILED  {value}")
        else:
            print(f"{name:12} {size:6d}  {value}")
    print(f"{len(results)} files, {bad} failed")
    sys.exit(1 if bad else 0)
