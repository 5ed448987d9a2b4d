"""A CPU-bound batch job (count primes in ranges) with a progress line, run on a ProcessPoolExecutor. One range is bad
input and its task raises ValueError; the job waits with wait(return_when=FIRST_EXCEPTION), cancels what has not
started, and reports. The with block then waits for the running tasks."""
import concurrent.futures as cf
import multiprocessing as mp
import sys


def count_primes(lo, hi):
    if lo > hi:
        raise ValueError(f"bad range {lo}..{hi}")
    n = 0
    for k in range(max(lo, 2), hi):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            n += 1
    return n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ranges = [(i * 20000, (i + 1) * 20000) for i in range(12)]
    ranges[5] = (100000, 1)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        fs = [ex.submit(count_primes, lo, hi) for lo, hi in ranges]
        done, pending = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
        print(f"progress: {len(done)}/{len(fs)} finished, {len(pending)} pending", flush=True)
        cancelled = sum(f.cancel() for f in pending)
        print(f"cancelled {cancelled} that had not started", flush=True)
        for f in done:
            if f.exception() is not None:
                print("failed:", f.exception())
    ok = [f.result() for f in fs if f.done() and not f.cancelled() and f.exception() is None]
    print(f"primes counted in {len(ok)} ranges: {sum(ok)}")
