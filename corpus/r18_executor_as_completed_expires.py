"""Course exercise: concurrent.futures.ProcessPoolExecutor with as_completed(timeout=1.0). Four quick jobs and one
slow one (3 s): as_completed yields the quick ones, then raises TimeoutError while the slow one still runs. The
learner catches it and leaves the with-block, whose shutdown(wait=True) still waits for the slow job."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def job(n, secs):
    time.sleep(secs)
    return n * n


def main(ctx):
    t0 = time.monotonic()
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futs = {ex.submit(job, n, 3.0 if n == 2 else 0.1): n for n in range(5)}
        done = []
        try:
            for f in cf.as_completed(futs, timeout=1.0):
                done.append((futs[f], f.result()))
        except cf.TimeoutError as e:
            print("as_completed gave up:", e, flush=True)
        print("done in time:", sorted(done), flush=True)
    print("slow job result after the with-block:", [f.result() for f in futs if futs[f] == 2],
          "after %.1f s" % (time.monotonic() - t0), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
