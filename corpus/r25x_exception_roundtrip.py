"""Exceptions that do not survive the trip between processes.
A child catches its own error and puts it on a Queue: the class's __init__ takes two arguments, so the
parent's get() cannot rebuild it (TypeError in the parent). A Pool task raises an exception of a class
defined inside the function: it cannot be pickled, so the caller gets MaybeEncodingError instead."""
import multiprocessing as mp
import sys


class QuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(f"{user} is over {limit} MB")
        self.user = user
        self.limit = limit


def check_quota(q, user):
    try:
        raise QuotaError(user, 50)
    except QuotaError as exc:
        print("child caught:", exc, flush=True)
        q.put(exc)
    q.put("done")


def parse(text):
    class LocalParseError(ValueError):
        pass
    raise LocalParseError(f"bad token {text!r}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=check_quota, args=(q, "ana"))
    p.start()
    try:
        print("parent got:", q.get(timeout=10))
    except TypeError as exc:
        print("parent could not rebuild it:", exc, flush=True)
    print("next item:", q.get(timeout=10), flush=True)
    p.join()
    print("child exitcode:", p.exitcode, flush=True)
    with mp.Pool(1) as pool:
        try:
            pool.apply(parse, ("@@",))
        except Exception as exc:
            print("pool raised", type(exc).__name__ + ":", str(exc)[:120], flush=True)
        print("pool still works:", pool.apply(len, ("four",)), flush=True)
