"""A child is killed while its queue's feeder thread writes a big item into the pipe, holding the queue's write lock
(one lock shared by every process using the queue, taken to write each item). The lock is never released: the
parent's own feeder waits for it forever, and at exit the parent joins that feeder (a hang). multiprocessing's
documentation: terminating a process while it uses a queue can leave the queue unusable for the others."""
import multiprocessing as mp
import sys
import time


def writer(q):
    q.put(b"x" * 1_000_000)     # more than a pipe holds: the feeder writes it only as someone reads
    time.sleep(60)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=writer, args=(q,), name="writer")
    p.start()
    while q.empty():            # the first bytes are in the pipe: the writer's feeder holds the lock
        time.sleep(0.05)
    p.kill()
    p.join()
    print("writer killed, exitcode", p.exitcode, flush=True)
    q.put("hello")
    print("put returned; main ends here", flush=True)
