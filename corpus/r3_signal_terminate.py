"""A child with a SIGTERM handler that exits cleanly when the parent calls terminate()."""
import multiprocessing as mp
import signal
import sys
import time


def worker(ready):
    def on_term(signum, frame):
        print("child got SIGTERM, cleaning up", flush=True)
        sys.exit(0)
    signal.signal(signal.SIGTERM, on_term)
    ready.set()
    while True:
        time.sleep(0.05)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ready = mp.Event()
    p = mp.Process(target=worker, args=(ready,))
    p.start()
    ready.wait()
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)
