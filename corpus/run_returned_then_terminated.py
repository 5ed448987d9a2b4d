"""run() returns, then the child blocks in its exit cleanup (its queue's feeder thread cannot flush a big item
nobody reads) until the parent terminates it: run() gave 0, the process really ended with -15."""
import time
from multiprocessing import Process, Queue


def produce(q):
    q.put(b"x" * 500000)   # more than a pipe holds: the feeder thread waits for a reader
    print("produce() returns", flush=True)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q,))
    p.start()
    time.sleep(1.0)        # long enough for run() to return and the cleanup to block
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)
