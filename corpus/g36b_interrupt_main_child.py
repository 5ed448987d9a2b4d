"""A child's worker thread calls _thread.interrupt_main() when its job is done, to stop the child's main thread, which
sleeps in a loop waiting to be told (a pattern from watchdog and GUI code). interrupt_main() sends no signal: it marks
SIGINT as arrived, and Python's default handler raises KeyboardInterrupt in the child's main thread. The child catches
it and exits 130 with sys.exit. The parent then calls interrupt_main() once while SIGINT is ignored (it does nothing)."""
import _thread
import multiprocessing as mp
import signal
import sys
import threading
import time


def job_then_interrupt():
    time.sleep(0.2)
    print("worker thread: job done, interrupting the main thread", flush=True)
    _thread.interrupt_main()


def child():
    threading.Thread(target=job_then_interrupt, name="jobber").start()
    try:
        while True:
            time.sleep(0.05)
    except KeyboardInterrupt:
        print("child: interrupted, exiting 130", flush=True)
        sys.exit(130)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    p = ctx.Process(target=child, name="waiter")
    p.start()
    p.join()
    print("waiter exit code", p.exitcode, flush=True)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _thread.interrupt_main()
    time.sleep(0.1)
    print("parent: interrupt_main() with SIGINT ignored did nothing", flush=True)
