"""A progress queue with a ProcessPoolExecutor, three ways users try: a multiprocessing.Queue
passed through initializer/initargs works (it travels when the worker is created); the same Queue
passed to submit() fails (RuntimeError: Queue objects should only be shared between processes
through inheritance), raised by result(); a Manager().Queue() passed to submit() works (its proxy
pickles)."""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

progress = None


def init(q):
    global progress
    progress = q


def step(i):
    progress.put(("step", i))
    return i * i


def step_with(q, i):
    q.put(("step_with", i))
    return i + 100


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    q = ctx.Queue()
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=init, initargs=(q,)) as ex:
        fs = [ex.submit(step, i) for i in range(3)]
        got = sorted(q.get(timeout=10) for _ in range(3))
        print("progress via initargs:", got, flush=True)
        print("results:", [f.result() for f in fs], flush=True)
        bad = ex.submit(step_with, q, 7)
        try:
            bad.result()
        except RuntimeError as e:
            print("submit(q) failed:", e, flush=True)
        with ctx.Manager() as m:
            mq = m.Queue()
            ok = ex.submit(step_with, mq, 8)
            print("manager queue result:", ok.result(), "message:", mq.get(timeout=10), flush=True)
