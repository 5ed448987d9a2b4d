"""Nested pools where an outer task raises: each outer task (in a worker that is not a daemon, so it may make a Pool)
submits one apply_async() to an inner Pool, waits for it with wait() and reads it through its callback only, then
raises ValueError. The main process reads that error with get(). The inner task never raised; its job number is 0,
the same number as the main process's failing job (every process numbers its jobs from its own counter)."""
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
    got = []
    with mp.get_context(CTX_NAME).Pool(1) as inner:
        inner.apply_async(square, (n,), callback=got.append).wait(timeout=30)
    raise ValueError("outer(%d) fails after its inner task gave %r" % (n, got))


CTX_NAME = sys.argv[1] if len(sys.argv) > 1 else None

if __name__ == "__main__":
    ctx = mp.get_context(CTX_NAME)
    with mp.pool.Pool(1, context=make_context(ctx)) as pool:
        try:
            pool.apply_async(outer, (3,)).get(timeout=60)
        except ValueError as e:
            print("get() raised:", e, flush=True)
