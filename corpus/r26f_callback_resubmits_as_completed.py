"""A done-callback that submits a follow-up item to the same executor when a first-round item finishes;
as_completed(timeout=0.7) over the first round gives up while a slow item still runs; the with-block
waits for everything, the follow-ups included."""
import concurrent.futures
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor

followups = []


def brew(name, seconds):
    time.sleep(seconds)
    return f"{name} brewed in {seconds}s"


def pour(name):
    return f"{name} poured"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pot:
        def on_done(fut, name):
            if fut.exception() is None:
                followups.append(pot.submit(pour, name))

        first = {}
        for name, seconds in [("green", 0.1), ("black", 0.2), ("oolong", 2.0)]:
            f = pot.submit(brew, name, seconds)
            f.add_done_callback(lambda fut, n=name: on_done(fut, n))
            first[f] = name
        try:
            for f in concurrent.futures.as_completed(first, timeout=0.7):
                print("done:", f.result())
        except concurrent.futures.TimeoutError as e:
            left = [first[f] for f in first if not f.done()]
            print("as_completed gave up:", type(e).__name__, "still brewing:", left)
    print("follow-ups:", sorted(f.result() for f in followups))
