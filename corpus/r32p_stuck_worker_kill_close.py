"""A job runner's shutdown path: the worker ignores SIGTERM (a library installed SIG_IGN), so terminate()
does nothing; the runner waits 0.5 s, then kill()s it, joins, and close()s the Process object to free its
resources. Asking a closed Process for its exitcode then raises ValueError, which the runner reports. With
warnings on (as in CI), 3.12+ may print a DeprecationWarning when a thread is running at fork time."""
import multiprocessing as mp
import signal
import sys
import threading
import time
import warnings

def job(ready):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    while True:
        time.sleep(0.1)

if __name__ == "__main__":
    warnings.simplefilter("default")
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ticker = threading.Thread(target=time.sleep, args=(1.5,), name="metrics-flush")
    ticker.start()
    ready = ctx.Event()
    p = ctx.Process(target=job, args=(ready,), name="job-17")
    p.start()
    ready.wait(10)
    p.terminate()
    p.join(0.5)
    print("after terminate: alive", p.is_alive(), flush=True)
    p.kill()
    p.join()
    print("after kill: exitcode", p.exitcode, flush=True)
    p.close()
    try:
        p.exitcode
    except ValueError as e:
        print("closed process:", e, flush=True)
    ticker.join()
