"""A producer put()s a 1 MB item on a Queue nobody reads yet: its feeder thread writes what fits in the pipe
and waits. The parent kills the producer (SIGKILL) mid-message, then calls get(timeout=2). The poll sees bytes
and returns at once, and the read then waits for the rest of a message that will never come: get(timeout=2)
never returns. A deliberate hang: the watchdog stops it."""
import multiprocessing as mp
import os
import signal
import sys
import time


def produce(q):
    q.put(b"x" * 1_000_000)
    print("producer: put() returned", flush=True)
    time.sleep(30)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    p = ctx.Process(target=produce, args=(q,), name="producer")
    p.start()
    time.sleep(1.0)
    os.kill(p.pid, signal.SIGKILL)
    p.join()
    print("producer killed, exit code", p.exitcode, flush=True)
    try:
        item = q.get(timeout=2)
        print("got", len(item), "bytes", flush=True)
    except Exception as e:
        print("get raised", type(e).__name__, flush=True)


if __name__ == "__main__":
    main()
