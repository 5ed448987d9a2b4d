"""Output that does not go through print() to the terminal: a child that points sys.stdout at a file, one that
uses contextlib.redirect_stdout, one that writes with os.write(1, ...), one that prints to sys.stderr."""
import contextlib
import os
import sys
import tempfile
import multiprocessing as mp


def to_file(path):
    sys.stdout = open(path, "w")
    print("this line goes to the file")
    sys.stdout.close()
    sys.stdout = sys.__stdout__
    print("back on the terminal")


def redirected(path):
    with open(path, "a") as f, contextlib.redirect_stdout(f):
        print("redirected into the file too")
    print("after redirect_stdout")


def raw_write():
    os.write(1, b"raw bytes on fd 1\n")


def to_stderr():
    print("a warning on stderr", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    path = os.path.join(tempfile.mkdtemp(), "out.txt")
    for target, args in [(to_file, (path,)), (redirected, (path,)), (raw_write, ()), (to_stderr, ())]:
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
    with open(path) as f:
        print("file holds:", f.read().splitlines())
