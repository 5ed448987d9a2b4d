"""Gaps 18B (gaps 17B Left 1): pools nested two levels deep. The main process's outer Pool has non-daemon workers;
each outer task opens a middle Pool (non-daemon workers too), whose task opens an inner Pool and maps over it. Each
of the three levels numbers its jobs from its own process's counter: the main's imap() is job 0, each middle pool's
map() is its worker's job 0, each inner pool's imap_unordered() is its worker's job 0."""
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


def make_context(base):
    class NoDaemonContext(type(base)):
        Process = NoDaemonProcess

    return NoDaemonContext()


CTX_NAME = sys.argv[1] if len(sys.argv) > 1 else None


def square(x):
    return x * x


def inner(n):
    with mp.get_context(CTX_NAME).Pool(2) as pool:
        return sum(pool.imap_unordered(square, range(n), chunksize=n))


def middle(n):
    with mp.pool.Pool(1, context=make_context(mp.get_context(CTX_NAME))) as pool:
        return sum(pool.map(inner, [n, n + 1]))


if __name__ == "__main__":
    ctx = mp.get_context(CTX_NAME)
    with mp.pool.Pool(2, context=make_context(ctx)) as pool:
        for row in pool.imap(middle, [2, 3]):
            print("middle", row, flush=True)
