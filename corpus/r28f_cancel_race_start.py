"""A user hits 'cancel' on queued downloads: the script submits six to a one-worker pool, waits a moment,
then cancels them all. cancel() returns False for one that has already started (or was already
handed to the worker), True for the rest; the cancelled ones raise CancelledError from result()."""
import multiprocessing
import sys
import time
from concurrent.futures import CancelledError, ProcessPoolExecutor


def download(name):
    time.sleep(0.5)
    return f"{name} downloaded"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    names = [f"file{i}.zip" for i in range(6)]
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        futs = {name: ex.submit(download, name) for name in names}
        time.sleep(0.2)
        outcome = {name: fut.cancel() for name, fut in futs.items()}
        print("cancel() returned:", outcome, flush=True)
        for name, fut in futs.items():
            try:
                print(name, "->", fut.result())
            except CancelledError:
                print(name, "-> CancelledError (cancelled:", fut.cancelled(), ")")
    print("all settled")
