"""A ProcessPoolExecutor work item returns a generator (it cannot be pickled): result() raises; as_completed over a dict future -> name."""
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
import multiprocessing as mp


def squares(n):
    return (i * i for i in range(n))      # a lazy generator: fine in one process, not across two


def total(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futures = {ex.submit(squares, 5): "squares", ex.submit(total, 5): "total"}
        for fut in as_completed(futures):
            name = futures[fut]
            try:
                print(name, "->", fut.result())
            except Exception as e:
                print(name, "failed:", type(e).__name__, e)
    print("done")
