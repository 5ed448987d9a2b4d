"""The same unpicklable item put on two kinds of queue: SimpleQueue.put() pickles in the caller, so
putting a lambda raises at once in the child (PicklingError) and the child can carry on; Queue.put()
hands the item to a feeder thread, so putting an open file returns, the feeder's TypeError is only
printed, the item is dropped, and the parent's get(timeout=1) finds nothing for it."""
import multiprocessing as mp
import queue
import sys


def producer(sq, q):
    try:
        sq.put(lambda x: x + 1)
    except Exception as e:
        print("producer: SimpleQueue.put raised", type(e).__name__ + ":", e, flush=True)
    sq.put("simple ok")
    with open(__file__) as fh:
        q.put(fh)
        print("producer: Queue.put(file) returned", flush=True)
    q.put("queue ok")


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    sq, q = ctx.SimpleQueue(), ctx.Queue()
    p = ctx.Process(target=producer, args=(sq, q), name="producer")
    p.start()
    print("parent: SimpleQueue gave", sq.get(), flush=True)
    for _ in range(2):
        try:
            print("parent: Queue gave", q.get(timeout=1), flush=True)
        except queue.Empty:
            print("parent: Queue gave nothing within 1 s", flush=True)
    p.join()
    print("parent: producer exit code", p.exitcode, flush=True)


if __name__ == "__main__":
    main()
