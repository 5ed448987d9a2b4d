"""A Pool task returns an object that pickles fine in the worker but cannot be rebuilt in the parent: its
__reduce__ names a function that raises. The parent's result-handler thread dies on it (its traceback is
printed), so no later result reaches the parent either: get(timeout=2) of the broken task and get(timeout=1) of
a plain task both raise TimeoutError. terminate() then raises AssertionError (Cannot have cache with
result_hander not alive), uncaught: exit code 1."""
import multiprocessing as mp
import sys


def rebuild(value):
    raise ValueError(f"cannot rebuild Ticket({value}) here")


class Ticket:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (rebuild, (self.value,))


def make_ticket(n):
    return Ticket(n)


def double(n):
    return 2 * n


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(2)
    print("double(4) ->", pool.apply(double, (4,)), flush=True)
    broken = pool.apply_async(make_ticket, (7,))
    try:
        broken.get(timeout=2)
    except mp.TimeoutError:
        print("make_ticket(7): no result after 2 s", flush=True)
    plain = pool.apply_async(double, (5,))
    try:
        print("double(5) ->", plain.get(timeout=1), flush=True)
    except mp.TimeoutError:
        print("double(5): no result after 1 s either", flush=True)
    pool.terminate()
    pool.join()
    print("pool terminated", flush=True)


if __name__ == "__main__":
    main()
