"""Gaps 28B: a Queue closed by the parent after two puts; a third put() raises ValueError ("Queue ... is closed").
The child still gets the two items sent before the close."""
import multiprocessing as mp
import sys


def reader(q):
    print("child got", q.get(), q.get(), flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    p = ctx.Process(target=reader, args=(q,))
    p.start()
    q.put("a")
    q.put("b")
    q.close()
    try:
        q.put("c")
    except ValueError as e:
        print("put after close:", e.__class__.__name__, str(e).split(" at ")[0], flush=True)
    q.join_thread()
    p.join()
