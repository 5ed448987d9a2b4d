"""A command-line tool: hash every file in a folder with --jobs worker processes.
The folder is a tempfile.TemporaryDirectory filled with a few files first; one file is
removed after listing, so its worker task raises FileNotFoundError, which the tool reports
per file instead of crashing (imap keeps order)."""
import argparse
import hashlib
import multiprocessing as mp
import os
import tempfile


def hash_file(path):
    try:
        with open(path, "rb") as f:
            return os.path.basename(path), hashlib.sha256(f.read()).hexdigest()[:12]
    except OSError as exc:
        return os.path.basename(path), f"error: {type(exc).__name__}"


def main(argv=None):
    parser = argparse.ArgumentParser(description="hash files in parallel")
    parser.add_argument("method", nargs="?", default=None)
    parser.add_argument("--jobs", type=int, default=3)
    args = parser.parse_args(argv)
    ctx = mp.get_context(args.method)
    with tempfile.TemporaryDirectory(prefix="hashjobs-") as folder:
        for i in range(6):
            with open(os.path.join(folder, f"part{i}.bin"), "wb") as f:
                f.write(bytes([i]) * (1000 * (i + 1)))
        paths = sorted(os.path.join(folder, name) for name in os.listdir(folder))
        os.remove(paths[4])
        with ctx.Pool(processes=args.jobs) as pool:
            for name, digest in pool.imap(hash_file, paths, chunksize=2):
                print(f"{name}  {digest}")
    print("jobs:", args.jobs, "files:", len(paths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
