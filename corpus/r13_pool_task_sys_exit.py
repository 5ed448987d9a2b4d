"""A Pool task that calls sys.exit(1) on bad input, as people write in scripts: SystemExit is not an
Exception, so the pool's worker() does not catch it; the worker process ends (exit code 1), the pool
starts a replacement, and the task's result never comes: map() would wait forever. The program uses
map_async().get(timeout=3) (the usual workaround), prints the TimeoutError, then terminate()."""
import multiprocessing as mp
import sys


def check(rank):
    if rank == 2:
        print("rank 2: bad input, exiting", flush=True)
        sys.exit(1)
    return rank * 10


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(processes=2)
    res = pool.map_async(check, range(4), chunksize=1)
    try:
        print("results", res.get(timeout=3), flush=True)
    except mp.TimeoutError:
        print("timed out waiting for the results; ready() =", res.ready(), flush=True)
    finally:
        pool.terminate()
        pool.join()
    print("done", flush=True)
