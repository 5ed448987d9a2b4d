"""A parallel grep: Pool.map over the files of a directory, each worker returns its (file, line number, line) hits.
One "file" is a directory (IsADirectoryError, caught in the worker and returned as a hit-less error) and one holds
bytes that are not UTF-8 (read with errors="replace")."""
import multiprocessing as mp
import os
import re
import shutil
import sys
import tempfile

PATTERN = re.compile(r"TODO|FIXME")


def grep(path):
    hits = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if PATTERN.search(line):
                    hits.append((os.path.basename(path), n, line.rstrip()))
    except OSError as e:
        return os.path.basename(path), [], type(e).__name__
    return os.path.basename(path), hits, None


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    top = tempfile.mkdtemp(prefix="r22h_grep_")
    try:
        texts = {
            "a.py": "x = 1\n# TODO: speed up\ny = 2\n",
            "b.py": "def f():\n    pass  # FIXME later\n# TODO tests\n",
            "c.txt": "nothing here\n",
        }
        for name, text in texts.items():
            with open(os.path.join(top, name), "w") as f:
                f.write(text)
        with open(os.path.join(top, "d.bin"), "wb") as f:
            f.write(b"\xff\xfe TODO in latin-1 \xe9\n")
        os.mkdir(os.path.join(top, "e.dir"))
        paths = sorted(os.path.join(top, n) for n in os.listdir(top))
        with ctx.Pool(3) as pool:
            results = pool.map(grep, paths)
        total = 0
        for name, hits, err in results:
            if err:
                print(name, "skipped:", err, flush=True)
            for _, n, line in hits:
                print("%s:%d: %s" % (name, n, line), flush=True)
                total += 1
        print("matches:", total, flush=True)
    finally:
        shutil.rmtree(top)


if __name__ == "__main__":
    main()
