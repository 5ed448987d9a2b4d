"""Two children install SIGTERM handlers. 'tidy' turns SIGTERM into an exception so its finally block
runs (it writes its partial count to a Queue) and it exits 1 from the traceback. 'deaf' prints
that it got the signal and keeps working: terminate() does not end it; join(timeout=1) gives up,
and kill() (SIGKILL, which no handler can catch) ends it with exit code -9."""
import multiprocessing as mp
import signal
import sys
import time


class Stop(Exception):
    pass


def tidy(q, ready):
    def on_term(signum, frame):
        raise Stop("SIGTERM")
    signal.signal(signal.SIGTERM, on_term)
    count = 0
    ready.set()
    try:
        while True:
            count += 1
            time.sleep(0.01)
    finally:
        q.put(("tidy", count > 0))


def deaf(ready):
    def on_term(signum, frame):
        print("deaf got signal", signum, "and goes on", flush=True)
    signal.signal(signal.SIGTERM, on_term)
    ready.set()
    while True:
        time.sleep(0.05)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    r1, r2 = ctx.Event(), ctx.Event()
    a = ctx.Process(target=tidy, args=(q, r1), name="tidy")
    b = ctx.Process(target=deaf, args=(r2,), name="deaf")
    a.start()
    b.start()
    r1.wait(20)
    r2.wait(20)
    time.sleep(0.2)
    a.terminate()
    b.terminate()
    print("cleanup report:", q.get(timeout=10), flush=True)
    a.join()
    b.join(timeout=1)
    print("deaf alive after terminate + join(1):", b.is_alive(), flush=True)
    b.kill()
    b.join()
    print("exit codes:", a.exitcode, b.exitcode, flush=True)
