"""wait(return_when=FIRST_EXCEPTION) on a batch of validation jobs, then cancel() the rest and
report how many were cancelled: job 2 raises after 0.3 s; jobs 0, 1, 3 are running or queued in the
call queue (cancel() is False for them), the others are cancelled."""
import multiprocessing
import sys
import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait


def validate(n):
    time.sleep(0.3 if n == 2 else 0.8)
    if n == 2:
        raise ValueError("record %d is invalid" % n)
    return n


def main(method):
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=3, mp_context=ctx) as ex:
        futures = [ex.submit(validate, n) for n in range(10)]
        done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
        failed = [f for f in done if f.exception() is not None]
        print("first failure:", failed[0].exception(), flush=True)
        cancelled = sum(f.cancel() for f in not_done)
        print("cancelled %d of %d unfinished" % (cancelled, len(not_done)), flush=True)
    print("finished:", sorted(f.result() for f in futures if not f.cancelled() and f.exception() is None), flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
