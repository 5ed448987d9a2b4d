"""Forum question: "Why is my Queue empty right after I put something on it?" put() only hands the item to
the queue's feeder thread, which pickles it and writes it to the pipe a moment later; empty() and
get_nowait() look at the pipe, so right after the first put() they usually see nothing yet. get(timeout=...) waits
for the item instead. A moment later the same checks see it. A consumer child that is given the queue sees
the item once the feeder has written it."""
import multiprocessing as mp
import queue
import sys
import time


def consumer(q, out):
    if q.empty():  # the learner's guard
        out.put("consumer saw an empty queue and left")
        return
    out.put("consumer got %r" % (q.get(),))


def main(ctx):
    q = ctx.Queue()
    q.put("first")
    print("empty() right after put():", q.empty(), flush=True)
    try:
        print("get_nowait():", q.get_nowait(), flush=True)  # most runs: Empty (a fast feeder thread may win)
    except queue.Empty:
        print("get_nowait() raised Empty", flush=True)
        print("get(timeout=1):", q.get(timeout=1), flush=True)

    q.put("second")
    time.sleep(0.3)
    print("empty() 0.3 s after put():", q.empty(), flush=True)
    out = ctx.Queue()
    c = ctx.Process(target=consumer, args=(q, out), name="consumer")
    c.start()
    print(out.get(timeout=10), flush=True)
    c.join()


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
