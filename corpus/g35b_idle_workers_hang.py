"""A Pool's workers finish the one task they get, then sit idle in the pool's task queue while the main process waits
on an Event no one will set (the worker meant to set it was never given the task): a hang the watchdog ends. The
workers are not blocked on anything of the program's: each waits in its get() for a next task."""
import multiprocessing as mp
import sys


def square(n):
    return n * n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ready = ctx.Event()
    with ctx.Pool(2) as pool:
        print("squares:", pool.map(square, range(4), chunksize=2), flush=True)
        print("waiting for the loader to say it is ready...", flush=True)
        ready.wait()
        print("ready")
