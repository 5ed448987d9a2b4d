"""Pasted from a blog: checksum a folder of files in parallel. The parent writes a few temp files, a Pool hashes them
with imap (results in input order), and the parent fills a dict path -> sha256, then checks one digest itself."""
import hashlib
import multiprocessing as mp
import os
import sys
import tempfile


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(4096), b""):
            h.update(block)
    return path, h.hexdigest()


def make_files(folder):
    paths = []
    for i in range(6):
        path = os.path.join(folder, "file%d.bin" % i)
        with open(path, "wb") as f:
            f.write(bytes([i]) * (1000 * (i + 1)))
        paths.append(path)
    return paths


def main(ctx):
    with tempfile.TemporaryDirectory() as folder:
        paths = make_files(folder)
        checksums = {}
        with ctx.Pool(2) as pool:
            for path, digest in pool.imap(sha256_of, paths):
                checksums[os.path.basename(path)] = digest
                print(os.path.basename(path), digest[:12], flush=True)
        print("files hashed:", len(checksums), flush=True)
        own = hashlib.sha256(bytes([3]) * 4000).hexdigest()
        print("file3 matches:", checksums["file3.bin"] == own, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
