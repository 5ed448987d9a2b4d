"""Nested pools: an outer Pool whose workers are not daemons (a Process subclass whose daemon reads False), so each
outer task can open an inner Pool of its own and use map(), imap(), imap_unordered() and apply_async() on it. Every
process numbers its pools' jobs from its own counter, so the inner pools' jobs 0, 1, 2 ... have the same numbers as
the main process's own jobs: the main process's imap() is job 0 and each inner pool's imap_unordered() is its job 0
too."""
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


def square(x):
    return x * x


def outer(n):
    # a fresh Pool in this worker: its jobs are numbered from this process's own counter
    with mp.get_context(CTX_NAME).Pool(2) as inner:
        unordered = sorted(inner.imap_unordered(square, range(n), chunksize=n))  # one chunk
        ordered = list(inner.imap(square, range(n), chunksize=2))
        mapped = inner.map(square, range(n))
        single = inner.apply_async(square, (n,)).get(timeout=30)
    return n, sum(unordered), sum(ordered), sum(mapped), single


CTX_NAME = sys.argv[1] if len(sys.argv) > 1 else None

if __name__ == "__main__":
    ctx = mp.get_context(CTX_NAME)
    with mp.pool.Pool(2, context=make_context(ctx)) as pool:
        for row in pool.imap(outer, [2, 3]):
            print("outer", row, flush=True)
        print("apply", pool.apply_async(outer, (4,)).get(timeout=60), flush=True)
