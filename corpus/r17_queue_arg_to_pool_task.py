"""Forum question: "Why does my Pool task never put anything on my Queue?" The learner passes a
multiprocessing.Queue as an apply_async() argument. A Queue can reach another process only when it is
started (inheritance), not inside a task's arguments: pickling it raises RuntimeError in the Pool's task
handler thread, which stores the error in the AsyncResult. Without get() nothing says so, and the parent's
q.get(timeout=1) finds nothing. get() shows the error; a Manager's Queue (a proxy) can travel in arguments."""
import multiprocessing as mp
import queue
import sys


def produce(q, n):
    q.put(n * 10)


def main(ctx):
    q = ctx.Queue()
    with ctx.Pool(2) as pool:
        r = pool.apply_async(produce, (q, 1))
        try:
            print("got", q.get(timeout=1), flush=True)
        except queue.Empty:
            print("nothing arrived in 1 s", flush=True)
        try:
            r.get(timeout=5)
        except RuntimeError as e:
            print("get():", e, flush=True)
        with ctx.Manager() as manager:
            mq = manager.Queue()
            pool.apply_async(produce, (mq, 2)).get(timeout=10)
            print("manager queue got", mq.get(timeout=5), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
