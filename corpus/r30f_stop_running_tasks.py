"""cancel() cannot stop a task that is already running in a ProcessPoolExecutor, so this script
gives each of its 7 tasks a Manager Event to check. as_completed(timeout=1.0) raises TimeoutError with
work still running; the script cancels what is queued, sets the Event so the running tasks stop
early, and the with-block's shutdown then waits only for them to notice."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError, as_completed


def scan(part, seconds, stop):
    steps = 0
    while steps < seconds * 20:
        if stop.is_set():
            return part, f"stopped after {steps} steps"
        time.sleep(0.05)
        steps += 1
    return part, "complete"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    started = time.monotonic()
    with ctx.Manager() as manager:
        stop = manager.Event()
        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
            futures = [pool.submit(scan, part, secs, stop) for part, secs in enumerate([0.3, 4, 4, 4, 4, 4, 4])]
            try:
                for f in as_completed(futures, timeout=1.0):
                    print("finished:", f.result())
            except TimeoutError:
                cancelled = [i for i, f in enumerate(futures) if f.cancel()]
                print("timed out; cancelled queued parts", cancelled)
                stop.set()
        for i, f in enumerate(futures):
            print(i, "cancelled" if f.cancelled() else f.result()[1])
    print(f"all done in {time.monotonic() - started:.0f} s, not 12")
