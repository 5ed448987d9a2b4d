"""Forum question: "After terminate(), my program hangs on the lock." A worker takes a Lock with `with lock:`
and is still inside the block when the parent, tired of waiting, calls terminate(). SIGTERM ends the process
at once: the with-block's exit never runs, and a multiprocessing Lock is not released when its holder dies.
The parent's own `with lock:` then waits forever (this program hangs on purpose)."""
import multiprocessing as mp
import sys
import time


def worker(lock, inside):
    with lock:
        inside.set()
        time.sleep(60)  # a long job inside the critical section


def main(ctx):
    lock, inside = ctx.Lock(), ctx.Event()
    p = ctx.Process(target=worker, args=(lock, inside), name="worker")
    p.start()
    inside.wait(10)
    p.join(timeout=0.5)
    if p.is_alive():
        p.terminate()
        p.join()
    print("worker exit code", p.exitcode, flush=True)
    with lock:  # never returns: the dead worker still holds it
        print("parent got the lock", flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
