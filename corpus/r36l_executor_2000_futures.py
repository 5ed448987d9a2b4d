"""ProcessPoolExecutor(4): 2,000 submit() calls; every 100th job raises; after submitting, the script cancels the
last 300 futures (the ones not yet running cancel, the others do not); as_completed over the rest counts results
and exceptions. It prints its own counts."""
import concurrent.futures as cf
import multiprocessing as mp
import sys


def job(n):
    if n % 100 == 99:
        raise ValueError(f"job {n} failed")
    return n % 10


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(4, mp_context=ctx) as ex:
        futures = [ex.submit(job, n) for n in range(2000)]
        cancelled = sum(f.cancel() for f in futures[-300:])
        ok = failed = 0
        for f in cf.as_completed([f for f in futures if not f.cancelled()]):
            if f.exception() is None:
                ok += f.result() >= 0
            else:
                failed += 1
    print("submitted:", len(futures), "cancelled:", cancelled, "ok:", ok, "failed:", failed)
    print("add up:", cancelled + ok + failed == len(futures))
