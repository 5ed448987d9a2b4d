"""Threads and processes that will not run as written: a Thread given args=("abc") (a string: run() calls the target
with *args, one argument per character), one given args=(b"xy") (two ints), a Thread and a Process whose one-argument
target gets args=("abc") and raises TypeError at the call, a Pool.apply_async(greet, args="abc") whose get() raises
it, and, after the program set threading.excepthook to None to "silence" thread errors, a Thread() that threading
refuses to make (RuntimeError in its constructor). A child process makes its worker thread the right way."""
import multiprocessing as mp
import sys
import threading


def show(*parts):
    print("show got", len(parts), "argument(s):", parts, flush=True)


def greet(word):
    print("hello", word, flush=True)


def child(word):
    t = threading.Thread(target=show, args=(word,), name="child-worker")
    t.start()
    t.join()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for t in (threading.Thread(target=show, args=("abc"), name="T-text"), threading.Thread(target=show, args=(b"xy"))):
        t.start()
        t.join()
    t = threading.Thread(target=greet, args=("abc"), name="T-greet")
    t.start()
    t.join()
    p = mp.Process(target=child, args=("abc",))
    p.start()
    p.join()
    p = mp.Process(target=greet, args=("abc"))
    p.start()
    p.join()
    print("Process-2 exit code:", p.exitcode, flush=True)
    with mp.Pool(1) as pool:
        try:
            pool.apply_async(greet, args="abc").get(timeout=30)
        except TypeError as e:
            print("apply_async get():", e, flush=True)
    threading.excepthook = None
    try:
        late = threading.Thread(target=show, args=("late",), name="T-late")
    except RuntimeError as e:
        print("Thread() refused:", e, flush=True)
    threading.excepthook = threading.__excepthook__
    late = threading.Thread(target=show, args=("late",), name="T-late")
    late.start()
    late.join()
