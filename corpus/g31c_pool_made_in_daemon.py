"""Pools that fail to be made, three ways: Pool(2) inside a daemonic process (AssertionError: daemonic processes are
not allowed to have children, raised by the first worker's start() inside Pool()), Pool(0) in the main process
(ValueError before any worker starts), and a Pool(3) whose initargs pickle once and then refuse to (under spawn and
forkserver the second worker's start() fails; Pool() terminates and joins the worker it had started, then raises;
under fork nothing is pickled and that pool is made). A Pool(1) made before them must not count their workers. The record must say that each Pool() raised and that no pool
was made, with the daemon named as the cause in the first case (gaps 31C)."""
import multiprocessing as mp
import sys


class PicklesOnce:
    """Its second pickling raises: a resource that can be sent to one worker only."""
    sent = 0

    def __reduce__(self):
        PicklesOnce.sent += 1
        if PicklesOnce.sent > 1:
            raise TypeError("this token was already sent to a worker")
        return (PicklesOnce, ())


def square(x):
    return x * x


def setup(token):
    pass


def keeper(method):
    try:
        with mp.get_context(method).Pool(2) as pool:
            print("pool in the daemon:", pool.map(square, [1, 2]), flush=True)
    except AssertionError as e:
        print("Pool(2) in the daemon raised:", e, flush=True)


def main():
    method = sys.argv[1] if len(sys.argv) > 1 else None     # None: the run's default (mp-tutor's --start-method)
    ctx = mp.get_context(method)
    d = ctx.Process(target=keeper, args=(method,), name="keeper", daemon=True)
    d.start()
    d.join()
    print("keeper exit code:", d.exitcode)
    with ctx.Pool(1) as pool:       # a pool that is made, before the ones that are not
        print("Pool(1):", pool.map(square, [5]))
    try:
        ctx.Pool(0)
    except ValueError as e:
        print("Pool(0) raised:", e)
    try:
        with ctx.Pool(3, initializer=setup, initargs=(PicklesOnce(),)) as pool:
            print("Pool(3) with the token:", pool.map(square, range(4)))
    except TypeError as e:
        print("Pool(3) with the token raised:", e)
    print("children left:", len(mp.active_children()))


if __name__ == "__main__":
    main()
