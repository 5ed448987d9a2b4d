"""A ThreadPoolExecutor whose work items each start a Process, join it and return its exit code;
one child fails. as_completed() gives the codes as the threads finish."""
import multiprocessing
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def child(n):
    time.sleep(0.1 * n)
    if n == 1:
        raise SystemExit(f"child {n} gave up")


def supervise(ctx, n):
    p = ctx.Process(target=child, args=(n,), name=f"child-{n}")
    p.start()
    p.join()
    return n, p.exitcode


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="sup") as pool:
        futures = [pool.submit(supervise, ctx, n) for n in range(3)]
        for f in as_completed(futures):
            n, code = f.result()
            print(f"child-{n} exit code {code}")
