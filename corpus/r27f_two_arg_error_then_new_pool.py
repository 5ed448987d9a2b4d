"""A task raises a custom exception whose __init__ takes two arguments: it pickles in the worker but
cannot be rebuilt in the parent, so every pending future of that executor gets BrokenProcessPool. The
program makes a NEW executor whose worker calls os._exit(4) (broken again), then a third one that works,
and submit() after its shutdown() raises RuntimeError."""
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


class QuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(f"{user} is over {limit}")
        self.user = user
        self.limit = limit


def charge(user, amount):
    if amount > 100:
        raise QuotaError(user, 100)
    if amount < 0:
        os._exit(4)
    return f"{user} charged {amount}"


def run_batch(ctx, label, jobs):
    ex = ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    futs = [ex.submit(charge, user, amount) for user, amount in jobs]
    for (user, amount), f in zip(jobs, futs):
        try:
            print(label, f.result())
        except BrokenProcessPool as e:
            print(label, user, "BrokenProcessPool:", str(e)[:60])
        except QuotaError as e:
            print(label, user, "QuotaError:", e)
    ex.shutdown()
    return ex


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    run_batch(ctx, "batch1", [("ann", 10), ("bob", 500), ("cid", 20)])
    run_batch(ctx, "batch2", [("dee", 30), ("eve", -1), ("fay", 40)])
    ex = run_batch(ctx, "batch3", [("gus", 50), ("hal", 60)])
    try:
        ex.submit(charge, "ivy", 1)
    except RuntimeError as e:
        print("after shutdown:", e)
