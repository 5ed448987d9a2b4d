"""A program that takes concurrent.futures.Future.set_result (the function itself) before it makes its first Future,
and sets its Futures through that reference (fix 35).  The tracer wraps the setters when the program makes its first
Future (perf 34T), so the reference taken before still points at the original: those sets are not recorded.  The
summary must not count such a Future as never set: both are set, and result() gives each value."""
import concurrent.futures as cf
import sys
import threading

settle = cf.Future.set_result       # taken before the first Future()


def relay(future, value):
    settle(future, value)


if __name__ == "__main__":
    first, second = cf.Future(), cf.Future()
    t = threading.Thread(target=relay, args=(first, "set through the early reference"))
    t.start()
    print("first:", first.result(timeout=10), flush=True)
    t.join()
    settle(second, 42)
    print("second:", second.result(), flush=True)
    second.set_result   # the class's own attribute now: the wrapper (unused here)
    sys.exit(0)
