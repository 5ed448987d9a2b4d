"""A disk-usage monitor started as a daemon so it "dies with the program". It tries to size the
folders in parallel with a Pool of its own: a daemonic process may not have children, so the
Pool's first worker start() raises AssertionError and the monitor ends with exit code 1. The
parent finds that out from exitcode and does the sizing itself."""
import multiprocessing as mp
import os
import sys
import tempfile


def folder_size(path):
    return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))


def monitor(folders, results):
    with mp.Pool(2) as pool:                  # the default context, inside the daemon
        for folder, size in zip(folders, pool.map(folder_size, folders)):
            results.put((folder, size))
    results.put(None)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    root = tempfile.mkdtemp(prefix="r29s-du-")
    folders = []
    for k, n in enumerate((3, 5, 2)):
        d = os.path.join(root, f"dir{k}")
        os.mkdir(d)
        for i in range(n):
            with open(os.path.join(d, f"f{i}"), "wb") as f:
                f.write(b"x" * 100 * (i + 1))
        folders.append(d)
    results = ctx.Queue()
    mon = ctx.Process(target=monitor, args=(folders, results), daemon=True, name="du-monitor")
    mon.start()
    mon.join(timeout=10)
    print("monitor exitcode:", mon.exitcode)
    if mon.exitcode != 0:
        print("monitor failed; sizing in the main process")
        for d in folders:
            print(os.path.basename(d), folder_size(d))
