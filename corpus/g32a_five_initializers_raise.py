"""Five worker processes whose initializer raises, all at once: a ProcessPoolExecutor(5) whose
initializer meets the others at a Barrier and then raises, so that five workers are alive with a
failed initializer at the same moment. Every submitted item fails with BrokenProcessPool."""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def connect(barrier):
    barrier.wait(timeout=10)
    raise ConnectionError(f"no database for {multiprocessing.current_process().name}")


def query(n):
    return n * n


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    barrier = ctx.Barrier(5)
    with ProcessPoolExecutor(max_workers=5, mp_context=ctx, initializer=connect, initargs=(barrier,)) as pool:
        futures = [pool.submit(query, n) for n in range(5)]
        for n, f in enumerate(futures):
            try:
                print(n, f.result(timeout=20))
            except BrokenProcessPool as e:
                print(n, "failed:", type(e).__name__)
    print("done")
