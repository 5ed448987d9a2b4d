"""A Process whose args is a string (gaps 14B): args=("abc") is the string "abc" (parentheses alone make no tuple),
and Process makes tuple("abc"), three arguments: the child calls show('a', 'b', 'c') and fails with TypeError.  A
subclass passing a bytes object through super().__init__() makes two int arguments, which its two-argument target
takes without an error; args=("abc",) works."""
import multiprocessing as mp
import sys


def show(x):
    print("show got", repr(x), flush=True)


def pair(a, b):
    print("pair got", a, b, flush=True)


class Job(mp.Process):
    def __init__(self, data):
        super().__init__(None, pair, None, data)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for p in (mp.Process(target=show, args=("abc")), Job(b"xy"), mp.Process(target=show, args=("abc",))):
        p.start()
        p.join()
        print(p.name, "exitcode", p.exitcode, flush=True)
