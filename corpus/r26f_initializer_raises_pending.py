"""An initializer that raises in every worker: all six pending futures end with BrokenProcessPool; a
done-callback counts them; exception() of each; submit() after that raises at once."""
import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

broken = []
lock = threading.Lock()


def connect(dsn):
    raise PermissionError(f"cannot open {dsn}")


def query(n):
    return n + 1


def count(fut):
    with lock:
        broken.append(type(fut.exception()).__name__)


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = ProcessPoolExecutor(2, mp_context=ctx, initializer=connect, initargs=("db://nowhere",))
    fs = [ex.submit(query, n) for n in range(6)]
    for f in fs:
        f.add_done_callback(count)
    wait(fs, timeout=10)
    print("callbacks:", sorted(broken))
    print("each:", {type(f.exception()).__name__ for f in fs})
    try:
        ex.submit(query, 99)
    except BrokenProcessPool as e:
        print("submit after:", type(e).__name__)
    ex.shutdown()
