"""The 'daemonic processes are not allowed to have children' workaround as posted: a Process subclass
whose daemon property always reads False (and ignores being set), given to a Pool through a context,
so each outer worker can open its own inner Pool. The outer workers then are not daemons: the outer
pool's terminate() at the with-block's end still ends them."""
import multiprocessing as mp
import multiprocessing.pool
import sys


class NoDaemonProcess(mp.Process):
    @property
    def daemon(self):
        return False

    @daemon.setter
    def daemon(self, value):
        pass


def make_context(method):
    base = mp.get_context(method)

    class NoDaemonContext(type(base)):
        Process = NoDaemonProcess

    return NoDaemonContext()


class NestablePool(mp.pool.Pool):
    def __init__(self, *args, method=None, **kwargs):
        kwargs["context"] = make_context(method)
        super().__init__(*args, **kwargs)


def inner(x):
    return x * 10


def outer(x):
    with mp.Pool(2) as p:
        return sum(p.map(inner, range(x)))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    method = mp.get_start_method()  # else the default, which mp-tutor's --start-method sets
    with NestablePool(2, method=method) as pool:
        print("sums", pool.map(outer, [2, 3, 4]), flush=True)
