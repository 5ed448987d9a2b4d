"""as_completed(fs, timeout=0.8) gives up while two work items still run: TimeoutError names how many
of the futures are unfinished. The work goes on; wait() then collects the rest and exception()
tells a failed item from a good one without raising."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError, as_completed, wait


def job(seconds):
    time.sleep(seconds)
    if seconds == 1.2:
        raise ValueError(f"job of {seconds} s failed")
    return seconds


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=3, mp_context=ctx) as ex:
        futures = {ex.submit(job, s): s for s in (0.1, 1.2, 1.6)}
        try:
            for f in as_completed(futures, timeout=0.8):
                print("done in time:", futures[f], "->", f.result())
        except TimeoutError as e:
            print("as_completed gave up:", e)
        done, not_done = wait(futures)
        print("after wait():", len(done), "done,", len(not_done), "not done")
        for f, s in sorted(futures.items(), key=lambda kv: kv[1]):
            exc = f.exception()
            print(s, "->", "exception " + repr(exc) if exc else f.result())
