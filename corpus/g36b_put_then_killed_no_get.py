"""Two children each put a result on a Queue; one then leaves with os._exit(0), the other is killed by the parent's
SIGKILL while it sleeps. The parent never reads the queue again: it only joins them and reports their exit codes. The
record cannot tell whether either feeder thread wrote its item before its process ended (nothing reads the pipe
after), so nothing may call the items lost, nor show them as surely in the queue."""
import multiprocessing as mp
import os
import sys
import time


def quick_exit(q):
    q.put(("quitter", 1))
    os._exit(0)


def sleeper(q, started):
    q.put(("sleeper", 2))
    started.set()
    time.sleep(30)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    started = ctx.Event()
    a = ctx.Process(target=quick_exit, args=(q,), name="quitter")
    b = ctx.Process(target=sleeper, args=(q, started), name="sleeper")
    a.start()
    b.start()
    started.wait()
    time.sleep(0.2)
    b.kill()
    a.join()
    b.join()
    print("exit codes:", a.exitcode, b.exitcode, flush=True)
