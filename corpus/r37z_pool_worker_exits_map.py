"""Pool(2).map over 6 items where the function calls os._exit(3) on item 4: the worker dies, the Pool starts a
new worker, but the task that was running is lost and map() waits for ever. The program is meant to be run under a
timeout: it hangs (the classic Pool pitfall)."""
import multiprocessing as mp
import os
import sys
import time


def square(x):
    time.sleep(0.1)
    if x == 4:
        os._exit(3)
    return x * x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        print("mapping", flush=True)
        print(pool.map(square, range(6), chunksize=1))
