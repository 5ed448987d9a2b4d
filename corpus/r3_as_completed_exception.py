"""futures.as_completed with a task that raises: the exception comes back through result()."""
import concurrent.futures as cf
import multiprocessing as mp
import sys


def parse(x):
    if x == 3:
        raise ValueError(f"bad record {x}")
    return x * 2


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futs = {ex.submit(parse, x): x for x in range(5)}
        ok = 0
        for f in cf.as_completed(futs):
            try:
                f.result()
                ok += 1
            except ValueError as e:
                print("failed:", e)
    print("ok", ok)
