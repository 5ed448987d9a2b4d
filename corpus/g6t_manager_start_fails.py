"""A Manager whose server process fails before it answers (its initializer raises): start() raises EOFError."""
import multiprocessing as mp
import sys
from multiprocessing.managers import SyncManager


def broken_init():
    raise RuntimeError("the server cannot start")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    manager = SyncManager()
    try:
        manager.start(initializer=broken_init)
    except EOFError:
        print("start() raised EOFError: the server never answered")
    with mp.Manager() as good:
        d = good.dict(a=1)
        print(dict(d))
