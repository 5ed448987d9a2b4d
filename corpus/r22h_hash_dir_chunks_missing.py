"""Hash every file of a directory with Pool.imap_unordered(chunksize=3), the way a gist does it. One file is removed
after the listing and before its chunk runs: its worker's FileNotFoundError comes back to the loop as the exception of
the whole chunk, so the loop stops there with the hashes it has so far."""
import hashlib
import multiprocessing as mp
import os
import shutil
import sys
import tempfile


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(4096), b""):
            h.update(block)
    return os.path.basename(path), h.hexdigest()[:12]


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    top = tempfile.mkdtemp(prefix="r22h_hash_")
    try:
        for i in range(9):
            with open(os.path.join(top, "f%d.bin" % i), "wb") as f:
                f.write(bytes([i]) * (1000 * (i + 1)))
        paths = sorted(os.path.join(top, n) for n in os.listdir(top))
        os.remove(paths[7])  # gone between the listing and the hashing
        got = {}
        with ctx.Pool(2) as pool:
            try:
                for name, digest in pool.imap_unordered(sha, paths, chunksize=3):
                    got[name] = digest
            except FileNotFoundError as e:
                print("stopped:", type(e).__name__, os.path.basename(e.filename), flush=True)
        print("hashed", len(got), "of", len(paths), flush=True)
        for name in sorted(got):
            print(name, got[name], flush=True)
    finally:
        shutil.rmtree(top)


if __name__ == "__main__":
    main()
