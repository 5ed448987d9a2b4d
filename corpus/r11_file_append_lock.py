"""Four processes append lines to one log file, holding a Lock around each write; the parent counts
the lines afterwards (a common "write to a file from several processes" answer)."""
import multiprocessing as mp
import os
import sys
import tempfile


def writer(lock, path, name):
    for i in range(5):
        with lock:
            with open(path, "a") as f:
                f.write(f"{name} line {i}\n")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    fd, path = tempfile.mkstemp(suffix=".log")
    os.close(fd)
    lock = mp.Lock()
    ps = [mp.Process(target=writer, args=(lock, path, f"w{i}")) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    with open(path) as f:
        print(len(f.readlines()), "lines")
    os.remove(path)
