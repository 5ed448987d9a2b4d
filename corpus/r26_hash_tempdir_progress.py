"""Hash files made in a temp dir with imap_unordered on Pool(3), a progress line with end='\r' and
flush=True after each result; then compare with a serial pass and remove the dir."""
import hashlib
import multiprocessing as mp
import os
import sys
import tempfile


def sha1_of(path):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(4096), b""):
            h.update(block)
    return os.path.basename(path), h.hexdigest()[:12]


def main(method):
    ctx = mp.get_context(method)
    with tempfile.TemporaryDirectory(prefix="r26hash") as tmp:
        paths = []
        for i in range(7):
            p = os.path.join(tmp, f"file{i}.bin")
            with open(p, "wb") as f:
                f.write(bytes([i]) * (1000 * (i + 1)))
            paths.append(p)
        found = {}
        with ctx.Pool(3) as pool:
            for done, (name, digest) in enumerate(pool.imap_unordered(sha1_of, paths), 1):
                found[name] = digest
                print(f"\rhashed {done}/{len(paths)}", end="", flush=True)
        print()
        serial = dict(sha1_of(p) for p in paths)
        print("same as serial:", found == serial)
        for name in sorted(found):
            print(name, found[name])
    print("temp dir gone:", not os.path.exists(tmp))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
