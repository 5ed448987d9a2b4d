"""add_done_callback on a future that is already done runs the callback at once, in the caller's
thread; on a pending one it runs later in the executor's manager thread. A callback that raises is
logged ("exception calling callback for ...") and the program goes on. exception() returns the
work item's error, result() raises it."""
import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor, wait


def parse(text):
    return int(text)


def report(f):
    print("callback for", f, "in thread", threading.current_thread().name)


def bad_callback(f):
    raise LookupError("callback bug")


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        good = ex.submit(parse, "42")
        wrong = ex.submit(parse, "forty-two")
        wait([good, wrong])
        good.add_done_callback(report)
        wrong.add_done_callback(bad_callback)
        print("exception():", repr(wrong.exception()))
        try:
            wrong.result()
        except ValueError as e:
            print("result() raised:", e)
        later = ex.submit(parse, "7")
        later.add_done_callback(lambda f: print("late callback in", threading.current_thread().name))
        print("later ->", later.result())
