"""A background thread holds the program's own threading.Lock (it "writes a report" for 1.5 s) when the main
thread starts a child. Under fork the child gets a copy of the lock as it was: held, by a thread that does not
exist in the child. The child's acquire(timeout=1) gives up. Under spawn and forkserver the child imports the
module afresh and gets a new, free lock."""
import multiprocessing as mp
import sys
import threading
import time

report_lock = threading.Lock()


def write_report(started):
    with report_lock:
        started.set()
        time.sleep(1.5)


def child():
    got = report_lock.acquire(timeout=1.0)
    print("child: acquired the report lock:", got, flush=True)
    if got:
        report_lock.release()


def main(ctx):
    started = threading.Event()
    t = threading.Thread(target=write_report, args=(started,), name="reporter")
    t.start()
    started.wait()
    p = ctx.Process(target=child, name="child")
    p.start()
    p.join()
    t.join()
    print("parent: child exit code", p.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
