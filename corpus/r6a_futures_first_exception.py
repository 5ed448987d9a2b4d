"""wait(return_when=FIRST_EXCEPTION) over eight jobs; a custom exception raised from a KeyError; cancel() the rest."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


class JobFailed(Exception):
    pass


def job(n):
    time.sleep(0.05 * n)
    if n == 2:
        try:
            {}["missing"]
        except KeyError as e:
            raise JobFailed(f"job {n} could not find its input") from e
    return n * 10


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(job, n) for n in range(8)]
        done, pending = cf.wait(futures, return_when=cf.FIRST_EXCEPTION)
        failed = [f for f in done if f.exception() is not None]
        print("done", len(done), "failed", len(failed))
        for f in failed:
            err = f.exception()
            print("error:", type(err).__name__, err, "| cause:", type(err.__cause__).__name__)
        cancelled = [futures.index(f) for f in pending if f.cancel()]
        print("cancelled", sorted(cancelled))
    print("results", [f.result() for f in futures if f.done() and not f.cancelled() and f.exception() is None])
