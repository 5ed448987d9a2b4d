"""A child reports on a Queue and then leaves with os._exit(0) right after its put(), as code does that wants "no
cleanup": put() only hands the item to the queue's feeder thread, a thread of the child, and os._exit ends the child
with that thread before it writes the item to the pipe. The parent joins the child first, then its get(timeout=1)
finds the item counted but the pipe empty, and gives up."""
import multiprocessing as mp
import os
import queue
import sys


def report(q, name):
    q.put((name, "checksum ok"))
    os._exit(0)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    child = ctx.Process(target=report, args=(q, "verifier"), name="verifier")
    child.start()
    child.join()
    print("verifier exit code", child.exitcode, flush=True)
    try:
        print("got", q.get(timeout=1))
    except queue.Empty:
        print("nothing arrived: the report was lost with the verifier's feeder thread")
