"""The same unrebuildable result through a ProcessPoolExecutor: the executor's manager thread fails to
unpickle it, marks the pool broken, and every future still pending gets BrokenProcessPool; a later submit()
raises BrokenProcessPool at once."""
import multiprocessing as mp
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def rebuild(value):
    raise ValueError(f"cannot rebuild Ticket({value}) here")


class Ticket:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (rebuild, (self.value,))


def make_ticket(n):
    time.sleep(0.3)
    return Ticket(n)


def slow_double(n):
    time.sleep(1.0)
    return 2 * n


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = ProcessPoolExecutor(2, mp_context=ctx)
    print("warm-up ->", ex.submit(slow_double, 1).result(), flush=True)
    broken = ex.submit(make_ticket, 7)
    slow = ex.submit(slow_double, 5)
    for name, fut in (("make_ticket(7)", broken), ("slow_double(5)", slow)):
        try:
            print(name, "->", fut.result(timeout=10), flush=True)
        except BrokenProcessPool as e:
            print(name, "raised BrokenProcessPool:", e, flush=True)
            if e.__cause__ is not None:
                print("  cause:", type(e.__cause__).__name__, flush=True)
    try:
        ex.submit(slow_double, 6)
    except BrokenProcessPool as e:
        print("submit() after that raised BrokenProcessPool", flush=True)
    ex.shutdown()


if __name__ == "__main__":
    main()
