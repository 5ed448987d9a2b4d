"""A spawn/forkserver child that hangs inside its import of the main module, before any line of it is recorded.

The module-level sleep runs only in the child (it imports this file as __mp_main__); the parent's join() waits
for a child that never reaches run().
"""
import multiprocessing as mp
import sys
import time

if __name__ == "__mp_main__":
    time.sleep(60)          # e.g. a slow module-level set-up: a network call, a big file read


def work():
    print("work ran", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=work, name="worker")
    p.start()
    print("started; joining", flush=True)
    p.join()
    print("joined", p.exitcode, flush=True)
